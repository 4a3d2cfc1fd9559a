import type { ReportWriteOff } from '../../../db/repositories/report-credit.repository.js';
import { major } from '../../lists/overdue-workbook.js';
import { money } from '../format.js';
import { part } from '../output.js';
import { type SectionOutput, section } from './section.js';

/** The month's approved write-offs (核销), each with its reason, evidence and both people, totalled per currency. */
export const writeOffsSection = section<ReportWriteOff[]>({
  id: 'writeoffs',
  build({ data }) {
    return data.writeOffs;
  },
  render(rows, rc): SectionOutput {
    const { m } = rc;
    const c = m.credit;
    const title = c.writeOffsTitle(rc.label);
    if (rows.length === 0)
      return { parts: [part(title, [{ type: 'text', text: c.writeOffsNone }])], sheets: [] };
    const totals = new Map<string, number>();
    for (const w of rows) totals.set(w.currency, (totals.get(w.currency) ?? 0) + w.amount);
    const currencies = [...totals.keys()].sort();
    const table = {
      type: 'table' as const,
      columns: [
        { key: 'on', label: c.writeOffsColumns.on },
        { key: 'customer', label: c.writeOffsColumns.customer },
        { key: 'invoice', label: c.writeOffsColumns.invoice },
        { key: 'amount', label: c.writeOffsColumns.amount, align: 'right' as const },
        { key: 'reason', label: c.writeOffsColumns.reason },
        { key: 'evidence', label: c.writeOffsColumns.evidence },
        { key: 'people', label: c.writeOffsColumns.people },
      ],
      rows: [
        ...rows.map((w) => ({
          on: w.approvedOn,
          customer: w.customerName,
          invoice: w.invoiceNo,
          amount: money(w.amount, w.currency),
          reason: w.reason,
          evidence: w.evidence,
          people: c.writeOffsPeople(w.proposedBy, w.approvedBy ?? ''),
        })),
        ...currencies.map((cur) => ({
          on: `**${c.writeOffsTotal(cur)}**`,
          customer: '',
          invoice: '',
          amount: money(totals.get(cur) ?? 0, cur),
          reason: '',
          evidence: '',
          people: '',
        })),
      ],
    };
    const sheet = rc.sheet(
      c.writeOffsSheet,
      [
        [c.writeOffsColumns.on, 12],
        [c.writeOffsColumns.customer, 28],
        [c.writeOffsColumns.invoice, 18],
        [c.writeOffsColumns.amount, 14],
        [c.writeOffsColumns.reason, 24],
        [c.writeOffsColumns.evidence, 28],
        [c.writeOffsColumns.people, 20],
      ],
      rows.map((w) => [
        w.approvedOn,
        w.customerName,
        w.invoiceNo,
        major(w.amount, w.currency),
        w.reason,
        w.evidence,
        c.writeOffsPeople(w.proposedBy, w.approvedBy ?? ''),
      ]),
    );
    return { parts: [part(title, [table])], sheets: [sheet] };
  },
});
