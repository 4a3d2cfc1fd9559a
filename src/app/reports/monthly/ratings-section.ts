import type { PolicyMismatch } from '../../../db/repositories/report-credit.repository.js';
import { money } from '../format.js';
import { part } from '../output.js';
import { type SectionOutput, section } from './section.js';

/** Customers whose terms or limit exceed what their rating allows, so the terms are brought back in line. */
export const ratingsSection = section<PolicyMismatch[]>({
  id: 'ratings',
  build({ data }) {
    return data.mismatches;
  },
  render(rows, rc): SectionOutput {
    const c = rc.m.credit;
    if (rows.length === 0) return { parts: [], sheets: [] };
    const lines = rows.map((r) => {
      const flags = [
        ...(r.termsDays > r.maxTermsDays ? [c.termsAbovePolicy(r.termsDays, r.rating, r.maxTermsDays)] : []),
        ...(r.ratingLimit !== null && r.creditLimit > r.ratingLimit
          ? [c.limitAbovePolicy(money(r.creditLimit, r.currency), r.rating, money(r.ratingLimit, r.currency))]
          : []),
      ];
      return {
        customer: `${r.customerName} (${r.externalId})`,
        rating: r.rating,
        flags: flags.join(c.separator),
      };
    });
    const table = {
      type: 'table' as const,
      columns: [
        { key: 'customer', label: c.mismatchColumns.customer },
        { key: 'rating', label: c.mismatchColumns.rating },
        { key: 'flags', label: c.mismatchColumns.flags },
      ],
      rows: lines,
    };
    const sheet = rc.sheet(
      c.mismatchSheet,
      [
        [c.mismatchColumns.customer, 32],
        [c.mismatchColumns.rating, 8],
        [c.mismatchColumns.flags, 60],
      ],
      lines.map((l) => [l.customer, l.rating, l.flags]),
    );
    return { parts: [part(c.mismatchTitle, [table])], sheets: [sheet] };
  },
});
