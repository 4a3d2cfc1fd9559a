import { AGING_BUCKETS, type AgingBucket } from '../../../domain/aging.js';
import { REASONS } from '../../../domain/command/reasons.js';
import { SEGMENTS, segmentOf } from '../../../domain/segment.js';
import { asLocale } from '../../../locale/index.js';
import { reasonLabel } from '../../lists/labels.js';
import { major } from '../../lists/overdue-workbook.js';
import { OVERDUE_BUCKETS } from '../figures.js';
import { money } from '../format.js';
import { part } from '../output.js';
import { type SectionOutput, section } from './section.js';

/** Overdue items of one currency by segment, and overdue amounts by bucket × the last reason given. */
export interface Causes {
  currency: string;
  segments: { segment: string; items: number; amount: number }[];
  /** reason code ('' when none was logged) → amount per overdue bucket. */
  reasons: { reason: string; byBucket: Partial<Record<AgingBucket, number>>; total: number }[];
}

export const causesSection = section<Causes[]>({
  id: 'causes',
  build({ data, open }) {
    const settings = data.team.settings;
    const overdue = open.filter((o) => o.bucket !== 'not_due');
    const currencies = [...new Set(overdue.map((o) => o.item.currency))].sort();
    return currencies.map((currency) => {
      const segments = new Map(
        SEGMENTS.map((s) => [s as string, { segment: s as string, items: 0, amount: 0 }]),
      );
      const reasons = new Map<string, Causes['reasons'][number]>();
      for (const o of overdue) {
        if (o.item.currency !== currency) continue;
        const seg = segments.get(segmentOf(o.daysOverdue, o.outstanding, settings));
        if (seg) {
          seg.items += 1;
          seg.amount += o.outstanding;
        }
        // The item's own last reason, else the last one given for its customer (seed 001 第七条: 分析原因).
        const reason =
          data.reasons.byItem.get(o.item.id) ?? data.reasons.byCustomer.get(o.item.customerId) ?? '';
        const row = reasons.get(reason) ?? { reason, byBucket: {}, total: 0 };
        row.byBucket[o.bucket] = (row.byBucket[o.bucket] ?? 0) + o.outstanding;
        row.total += o.outstanding;
        reasons.set(reason, row);
      }
      const order = (code: string) => (code === '' ? 999 : REASONS.findIndex((x) => x.code === code));
      return {
        currency,
        segments: [...segments.values()],
        reasons: [...reasons.values()].sort((a, b) => order(a.reason) - order(b.reason)),
      };
    });
  },
  render(all, rc): SectionOutput {
    const { m } = rc;
    const r = m.reports;
    const reasonName = (code: string) => (code === '' ? r.noReason : reasonLabel(code, asLocale(rc.locale)));
    const out: SectionOutput = { parts: [], sheets: [] };
    for (const c of all) {
      out.parts.push(
        part(r.segmentsTable(c.currency), [
          {
            type: 'table',
            columns: [
              { key: 'segment', label: r.segment },
              { key: 'items', label: r.items, align: 'right' },
              { key: 'amount', label: r.amount, align: 'right' },
            ],
            rows: c.segments.map((s) => ({
              segment: r.segmentName(s.segment),
              items: String(s.items),
              amount: money(s.amount, c.currency),
            })),
          },
        ]),
        part(r.reasonsTable(c.currency), [
          {
            type: 'table',
            columns: [
              { key: 'reason', label: r.reason },
              ...OVERDUE_BUCKETS.map((b) => ({ key: b, label: m.bucket(b), align: 'right' as const })),
              { key: 'total', label: r.total, align: 'right' },
            ],
            rows: c.reasons.map((x) => ({
              reason: reasonName(x.reason),
              ...Object.fromEntries(OVERDUE_BUCKETS.map((b) => [b, money(x.byBucket[b] ?? 0, c.currency)])),
              total: money(x.total, c.currency),
            })),
          },
        ]),
      );
      out.sheets.push(
        rc.sheet(
          `${r.sheet.segments} ${c.currency}`,
          [
            [r.segment, 34],
            [r.items, 8],
            [r.amount, 16],
          ],
          c.segments.map((s) => [r.segmentName(s.segment), s.items, major(s.amount, c.currency)]),
        ),
        rc.sheet(
          `${r.sheet.reasons} ${c.currency}`,
          [
            [r.reason, 24],
            ...AGING_BUCKETS.filter((b) => b !== 'not_due').map((b): [string, number] => [m.bucket(b), 14]),
            [r.total, 16],
          ],
          c.reasons.map((x) => [
            reasonName(x.reason),
            ...OVERDUE_BUCKETS.map((b) => major(x.byBucket[b] ?? 0, c.currency)),
            major(x.total, c.currency),
          ]),
        ),
      );
    }
    return out;
  },
});
