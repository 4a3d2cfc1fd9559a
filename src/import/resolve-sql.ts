/**
 * Set-based reference lookups against the staging table `s`: customers by external id or exact
 * name, people by email or unique name, teams by code or name, and keys repeated in the file.
 * Each helper returns SQL join text plus the expressions the checks and upserts use.
 */
import { sql } from 'kysely';
import type { DbOrTrx } from '../db/connect.js';
import { STAGE } from './stage.js';
import type { CellIssue } from './types.js';

export interface Lookup {
  joins: string;
  /** The id found, or NULL. */
  id: string;
  /** True when a value was given and nothing (or more than one thing) matched. */
  unknown: string;
  ambiguous: string;
  /** How many records share the name, for the ambiguity message. */
  matches: string;
  /** The value as typed. */
  typed: string;
}

/** Customer by external id, else (when no code was given) by exact, unique name. Alias `c`. */
export function customerLookup(present: ReadonlySet<string>): Lookup {
  const byCode = present.has('customer_code');
  const byName = present.has('customer_name');
  const typed =
    byCode && byName
      ? 'COALESCE(s.customer_code, s.customer_name)'
      : byCode
        ? 's.customer_code'
        : 's.customer_name';
  if (!byName) {
    return {
      joins: `LEFT JOIN customers c ON c.external_id = ${typed}`,
      id: 'c.id',
      unknown: `(${typed} IS NOT NULL AND c.id IS NULL)`,
      ambiguous: 'false',
      matches: 'NULL',
      typed,
    };
  }
  const nameOnly = byCode ? 's.customer_code IS NULL AND ' : '';
  return {
    joins: `LEFT JOIN customers cx ON cx.external_id = ${typed}
      LEFT JOIN (SELECT name, min(id) AS id, count(*) AS n FROM customers GROUP BY name) cn
        ON ${nameOnly}cx.id IS NULL AND cn.name = s.customer_name
      LEFT JOIN customers c ON c.id = COALESCE(cx.id, CASE WHEN cn.n = 1 THEN cn.id END)`,
    id: 'c.id',
    unknown: `(${typed} IS NOT NULL AND c.id IS NULL AND cn.id IS NULL)`,
    ambiguous: '(cn.n > 1)',
    matches: 'cn.n',
    typed,
  };
}

/** A person by email (`<prefix>_email`) or unique name (`<prefix>_name`). */
export function personLookup(prefix: string, alias: string): Lookup {
  const email = `s.${prefix}_email`;
  const name = `s.${prefix}_name`;
  return {
    joins: `LEFT JOIN people ${alias}e ON ${alias}e.email = ${email}
      LEFT JOIN (SELECT name, min(id) AS id, count(*) AS n FROM people GROUP BY name) ${alias}n
        ON ${alias}n.name = ${name}`,
    id: `COALESCE(${alias}e.id, CASE WHEN ${alias}n.n = 1 THEN ${alias}n.id END)`,
    unknown: `((${email} IS NOT NULL AND ${alias}e.id IS NULL) OR (${name} IS NOT NULL AND ${alias}n.id IS NULL))`,
    ambiguous: `(${alias}n.n > 1)`,
    matches: `${alias}n.n`,
    typed: `COALESCE(${email}, ${name})`,
  };
}

/** A team by code, else by unique name, from `s.team_ref`. */
export function teamLookup(alias: string): Lookup {
  return {
    joins: `LEFT JOIN teams ${alias}c ON ${alias}c.code = s.team_ref
      LEFT JOIN (SELECT name, min(id) AS id, count(*) AS n FROM teams GROUP BY name) ${alias}n
        ON ${alias}c.id IS NULL AND ${alias}n.name = s.team_ref`,
    id: `COALESCE(${alias}c.id, CASE WHEN ${alias}n.n = 1 THEN ${alias}n.id END)`,
    unknown: `(s.team_ref IS NOT NULL AND ${alias}c.id IS NULL AND ${alias}n.id IS NULL)`,
    ambiguous: `(${alias}n.n > 1)`,
    matches: `${alias}n.n`,
    typed: 's.team_ref',
  };
}

/** Rows repeating a key an earlier row already used; `<alias>.first_row` is that earlier row. */
export function duplicateJoin(key: string, alias = 'd'): string {
  return `LEFT JOIN (SELECT ${key} AS k, min(row_no) AS first_row FROM ${STAGE}
      WHERE ${key} IS NOT NULL GROUP BY ${key} HAVING count(*) > 1) ${alias}
    ON ${alias}.k = s.${key} AND s.row_no > ${alias}.first_row`;
}

/** The check that goes with `duplicateJoin`. */
export function duplicateCheck(key: string, field: string, what: string, alias = 'd'): Check {
  return {
    when: `${alias}.first_row IS NOT NULL`,
    field,
    value: `s.${key}`,
    reason: `duplicate ${what} within the file (first at row {x})`,
    extra: `${alias}.first_row`,
  };
}

/** Unknown / ambiguous checks for a lookup, reported against `field`. */
export function lookupChecks(lookup: Lookup, field: string, what: string, hint: string): Check[] {
  return [
    { when: lookup.unknown, field, value: lookup.typed, reason: `unknown ${what}` },
    {
      when: lookup.ambiguous,
      field,
      value: lookup.typed,
      reason: `${what} matches {x} records by name — ${hint}`,
      extra: lookup.matches,
    },
  ];
}

/** One rule checked for every staged row: `when` is SQL over the joins, true for a bad row. */
export interface Check {
  when: string;
  field: string;
  /** SQL giving the offending value as text. */
  value: string;
  /** Reason; `{x}` is replaced by the text of `extra`. */
  reason: string;
  extra?: string;
  /** Rewrites value and reason in JS (e.g. to format minor units as money). */
  describe?: (value: string, extra: string) => { value: string; reason: string };
}

/** Runs all checks in one pass over the staging table and returns the failures in row order. */
export async function runChecks(
  db: DbOrTrx,
  joins: string,
  checks: readonly Check[],
): Promise<(CellIssue & { row: number })[]> {
  if (checks.length === 0) return [];
  const cols = checks.map(
    (c, i) => `(${c.when}) AS c${i}, (${c.value})::text AS v${i}, (${c.extra ?? 'NULL'})::text AS x${i}`,
  );
  const any = checks.map((_, i) => `c${i}`).join(' OR ');
  const text = `SELECT * FROM (SELECT s.row_no, ${cols.join(', ')} FROM ${STAGE} s ${joins}) q
    WHERE ${any} ORDER BY row_no`;
  const result = await sql.raw<Record<string, unknown>>(text).execute(db);
  const issues: (CellIssue & { row: number })[] = [];
  for (const r of result.rows) {
    checks.forEach((c, i) => {
      if (r[`c${i}`] !== true) return;
      const extra = typeof r[`x${i}`] === 'string' ? (r[`x${i}`] as string) : '';
      const value = typeof r[`v${i}`] === 'string' ? (r[`v${i}`] as string) : '';
      const text = c.describe ? c.describe(value, extra) : { value, reason: c.reason.replace('{x}', extra) };
      issues.push({ row: Number(r.row_no), field: c.field, ...text });
    });
  }
  return issues;
}

/** Unknown / ambiguous customer checks, each reported against the column the value came from. */
export function customerChecks(present: ReadonlySet<string>, lookup: Lookup): Check[] {
  const checks: Check[] = [];
  if (present.has('customer_code')) {
    checks.push({
      when: 's.customer_code IS NOT NULL AND c.id IS NULL',
      field: 'customer_code',
      value: 's.customer_code',
      reason: 'unknown customer',
    });
  }
  if (present.has('customer_name')) {
    const nameUsed = present.has('customer_code') ? 's.customer_code IS NULL AND ' : '';
    checks.push(
      {
        when: `${nameUsed}${lookup.unknown}`,
        field: 'customer_name',
        value: 's.customer_name',
        reason: 'unknown customer',
      },
      {
        when: `${nameUsed}${lookup.ambiguous}`,
        field: 'customer_name',
        value: 's.customer_name',
        reason: 'customer name matches {x} customers — use the customer code',
        extra: lookup.matches,
      },
    );
  }
  return checks;
}
