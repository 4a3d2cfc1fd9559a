import type { Cell } from './cells.js';

/** Settings written as day bands: `30:100%, 60:80%, 90:60%, 180:0%, *:-100%`. */
export const BAND_TABLE_SETTINGS: ReadonlySet<string> = new Set(['commissionTable', 'recoveryLikelihood']);

const BEYOND = new Set(['*', '+', 'more', 'later', 'beyond', '其他', '更久', '以上']);

/**
 * Reads a band table: pairs of "up to N days : percent", the last pair `*` for anything later.
 * Percentages become basis points; the schema then checks limits and order.
 */
export function readBandTable(key: string, text: string): Cell<unknown> {
  const pairs = text
    .split(/[,，;；\s]+/)
    .filter(Boolean)
    .map((p) => p.split(/[:：]/));
  const bands: { days: number; bp: number }[] = [];
  let beyond: number | null = null;
  for (const pair of pairs) {
    const [days, percent] = pair;
    const bp = percent === undefined ? Number.NaN : Math.round(Number(percent.replace(/%$/, '')) * 100);
    if (pair.length !== 2 || !Number.isFinite(bp))
      return { ok: false, reason: 'write days:percent pairs, e.g. 30:100%, 60:80%, *:-100%' };
    if (BEYOND.has((days ?? '').toLowerCase())) beyond = bp;
    else if (/^\d+$/.test(days ?? '')) bands.push({ days: Number(days), bp });
    else return { ok: false, reason: `'${days}' is not a number of days` };
  }
  if (beyond === null) return { ok: false, reason: 'end with *:percent for anything later' };
  return key === 'commissionTable'
    ? {
        ok: true,
        value: { bands: bands.map((b) => ({ maxDaysLate: b.days, factorBp: b.bp })), beyondBp: beyond },
      }
    : {
        ok: true,
        value: {
          bands: bands.map((b) => ({ maxDays: b.days, basisPoints: b.bp })),
          beyondBasisPoints: beyond,
        },
      };
}
