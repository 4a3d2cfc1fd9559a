import { mention } from '../../chat/message.js';
import { recordAudit } from '../../db/repositories/audit.repository.js';
import { disputesToTell, markManagerTold, teamManagers } from '../../db/repositories/dispute.repository.js';
import type { TeamRow } from '../../db/schema/index.js';
import type { WorkingCalendar } from '../../domain/calendar.js';
import { messagesFor } from '../../locale/index.js';
import { money } from '../lists/labels.js';
import { type PublishContext, sendToPerson } from '../publish.js';
import type { TeamSettings } from '../team-settings.js';

/**
 * Tells the manager, once, of each dispute open for the team's number of working days
 * (disputeManagerDays): privately, to the owner's manager or else the team's managers. Audited.
 */
export async function tellManagersOfDisputes(
  ctx: PublishContext,
  team: TeamRow,
  settings: TeamSettings,
  calendar: WorkingCalendar,
  today: string,
): Promise<number> {
  const m = messagesFor(team.locale);
  let told = 0;
  let fallback: number[] | null = null;
  for (const d of await disputesToTell(ctx.db, team.id)) {
    const days = calendar.workingDaysBetween(d.opened_on, today);
    if (days < settings.disputeManagerDays) continue;
    if (!(await markManagerTold(ctx.db, d.id, ctx.now))) continue;
    fallback ??= await teamManagers(ctx.db, team.id);
    const managers = d.manager_id === null ? fallback : [d.manager_id];
    const text = m.disputes.tellManager(
      {
        customer: d.customer_name,
        invoice: d.invoice_no,
        owner: d.owner_id === null ? m.lists.unassigned : mention(d.owner_id),
        note: d.note,
      },
      days,
      money(d.outstanding, d.currency),
    );
    for (const manager of managers)
      await sendToPerson(ctx, manager, `dispute-manager:${d.id}`, { text, blocks: [{ type: 'text', text }] });
    await recordAudit(ctx.db, {
      at: ctx.now,
      actorLabel: 'scheduler',
      action: 'dispute.manager_told',
      entity: 'dispute',
      entityId: d.id,
      after: { managers, workingDays: days },
    });
    told += 1;
  }
  return told;
}
