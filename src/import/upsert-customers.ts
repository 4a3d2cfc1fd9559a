import type { KindStore } from './kind-store.js';
import {
  type Check,
  duplicateCheck,
  duplicateJoin,
  lookupChecks,
  personLookup,
  runChecks,
  teamLookup,
} from './resolve-sql.js';
import { upsertFromStage } from './upsert-sql.js';

function lookups(present: ReadonlySet<string>) {
  const team = teamLookup('t');
  const owner = personLookup('owner', 'po');
  const ownerId = present.has('owner') ? owner.id : 'NULL::int';
  // Without a team cell: the stored customer's team, else the owner's, else the only team there is.
  const teamId = `COALESCE(${present.has('team') ? `${team.id}, ` : ''}ex.team_id, pot.team_id, t1.id)`;
  const joins = `LEFT JOIN customers ex ON ex.external_id = s.external_id
    ${present.has('team') ? team.joins : ''}
    ${present.has('owner') ? owner.joins : ''}
    LEFT JOIN people pot ON pot.id = ${ownerId}
    LEFT JOIN (SELECT min(id) AS id FROM teams HAVING count(*) = 1) t1 ON true`;
  return { team, owner, ownerId, teamId, joins };
}

/** Customers: upsert by external id; empty cells keep what is stored (or take the default). */
export const customerStore: KindStore = {
  async check(db, present) {
    const { team, owner, teamId, joins } = lookups(present);
    const checks: Check[] = [duplicateCheck('external_id', 'external_id', 'customer code')];
    if (present.has('team')) checks.push(...lookupChecks(team, 'team', 'team', 'use the team code'));
    if (present.has('owner')) checks.push(...lookupChecks(owner, 'owner', 'owner', 'use their email'));
    checks.push({
      when: `s.team_ref IS NULL AND ${teamId} IS NULL`,
      field: 'team',
      value: "''",
      reason: 'missing required field: no team given and none can be inferred',
    });
    return runChecks(db, `${joins} ${duplicateJoin('external_id')}`, checks);
  },

  async write(db, ctx) {
    const { ownerId, teamId, joins } = lookups(ctx.present);
    const keep = (field: string) => !ctx.present.has(field);
    return upsertFromStage(
      db,
      {
        table: 'customers',
        conflict: 'external_id',
        joins,
        importId: true,
        updatedAt: true,
        columns: [
          { name: 'external_id', value: 's.external_id' },
          { name: 'name', value: 's.name' },
          { name: 'team_id', value: teamId },
          { name: 'owner_id', value: ownerId, keep: keep('owner') },
          { name: 'rating', value: "COALESCE(s.rating, ex.rating, 'B')" },
          { name: 'credit_limit', value: 'COALESCE(s.credit_limit, ex.credit_limit, 0)' },
          { name: 'credit_currency', value: "COALESCE(s.currency, ex.credit_currency, 'CNY')" },
          { name: 'payment_terms_days', value: 'COALESCE(s.payment_terms, ex.payment_terms_days, 30)' },
          { name: 'contact_name', value: 's.contact_name', keep: keep('contact_name') },
          { name: 'contact_phone', value: 's.contact_phone', keep: keep('contact_phone') },
          { name: 'contact_email', value: 's.contact_email', keep: keep('contact_email') },
          { name: 'address', value: 's.address', keep: keep('address') },
          { name: 'interest_ppm', value: 's.interest_ppm', keep: keep('interest_rate') },
          { name: 'interest_basis', value: 's.interest_basis', keep: keep('interest_rate') },
        ],
      },
      ctx,
    );
  },
};
