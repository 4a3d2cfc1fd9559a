import { diffDays } from '../../domain/local-date.js';
import type { Messages } from '../../locale/index.js';
import { money } from '../lists/labels.js';
import type { CustomerStory } from './customer-story.js';

const MARK: Record<string, string> = { kept: '✓', partially_kept: '◑', broken: '✗' };

/** The `ar` sections for repayment plans (each instalment's standing) and open disputes with their age. */
export function planAndDisputeLines(story: CustomerStory, m: Messages): string[][] {
  const sections: string[][] = [];
  if (story.plans.length > 0) {
    const r = m.repayment.story;
    const lines = [r.title];
    for (const plan of story.plans) {
      lines.push(
        r.plan(plan.madeOn, money(plan.total, plan.currency), plan.invoiceNo ?? m.commitments.wholeCustomer),
      );
      for (const i of plan.instalments) {
        const status = `${MARK[i.status] ?? ''} ${m.promiseStatus(i.status)}`.trim();
        lines.push(`  ${r.instalment(i.no, money(i.amount, plan.currency), i.dueOn, status)}`);
      }
    }
    sections.push(lines);
  }
  if (story.disputes.length > 0) {
    const d = m.disputes.story;
    sections.push([
      d.title,
      ...story.disputes.map((x) =>
        d.line(
          x.invoice_no,
          diffDays(story.today, x.opened_on),
          x.owner_name ?? m.lists.unassigned,
          x.helper_ids.length,
          x.note,
        ),
      ),
    ]);
  }
  return sections;
}
