import { AGING_BUCKETS, type AgingBucket } from '../../../domain/aging.js';
import { suggestedProvision } from '../../../domain/kpi/provision.js';
import { likelihoodBasisPoints } from '../../../domain/priority.js';
import { major } from '../../lists/overdue-workbook.js';
import { money, pct } from '../format.js';
import { part } from '../output.js';
import { type SectionOutput, section } from './section.js';

/** The suggested bad-debt provision of one currency, by bucket. */
export interface Provision {
  currency: string;
  rows: { bucket: AgingBucket; outstanding: number; likelihoodBp: number | null; provision: number }[];
  outstanding: number;
  total: number;
}

export const provisionSection = section<Provision[]>({
  id: 'provision',
  build({ data, open }) {
    const table = data.team.settings.recoveryLikelihood;
    const currencies = [...new Set(open.map((o) => o.item.currency))].sort();
    return currencies.map((currency) => {
      const mine = open.filter((o) => o.item.currency === currency);
      const p = suggestedProvision(mine, table);
      const rows = AGING_BUCKETS.map((bucket) => {
        const inBucket = mine.filter((o) => o.bucket === bucket);
        const outstanding = inBucket.reduce((n, o) => n + o.outstanding, 0);
        // A bucket spans ages the table may rate differently; the rate shown is its blend.
        const likelihoodBp =
          outstanding > 0
            ? Math.round(
                inBucket.reduce(
                  (n, o) => n + o.outstanding * likelihoodBasisPoints(o.daysOverdue, table),
                  0,
                ) / outstanding,
              )
            : null;
        return { bucket, outstanding, likelihoodBp, provision: p.byBucket[bucket] };
      });
      return { currency, rows, outstanding: mine.reduce((n, o) => n + o.outstanding, 0), total: p.total };
    });
  },
  render(all, rc): SectionOutput {
    const { m } = rc;
    const r = m.reports;
    const out: SectionOutput = { parts: [], sheets: [] };
    for (const p of all) {
      out.parts.push(
        part(r.provisionTable(p.currency), [
          {
            type: 'table',
            columns: [
              { key: 'bucket', label: r.bucket },
              { key: 'open', label: r.open, align: 'right' },
              { key: 'likelihood', label: r.likelihood, align: 'right' },
              { key: 'provision', label: r.provision, align: 'right' },
            ],
            rows: [
              ...p.rows.map((x) => ({
                bucket: m.bucket(x.bucket),
                open: money(x.outstanding, p.currency),
                likelihood: pct(x.likelihoodBp),
                provision: money(x.provision, p.currency),
              })),
              {
                bucket: `**${r.total}**`,
                open: money(p.outstanding, p.currency),
                likelihood: '',
                provision: money(p.total, p.currency),
              },
            ],
          },
        ]),
      );
      out.sheets.push(
        rc.sheet(
          `${r.sheet.provision} ${p.currency}`,
          [
            [r.bucket, 16],
            [r.open, 16],
            [`${r.likelihood} %`, 12],
            [r.provision, 16],
          ],
          p.rows.map((x) => [
            m.bucket(x.bucket),
            major(x.outstanding, p.currency),
            x.likelihoodBp === null ? null : x.likelihoodBp / 100,
            major(x.provision, p.currency),
          ]),
          [[r.total, major(p.outstanding, p.currency), null, major(p.total, p.currency)]],
        ),
      );
    }
    return out;
  },
});
