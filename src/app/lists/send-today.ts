import { firstContacts } from '../../db/repositories/customer-file.repository.js';
import { openDisputesOfTeam } from '../../db/repositories/open-disputes.repository.js';
import type { TeamRow } from '../../db/schema/index.js';
import type { LocalDate } from '../../domain/local-date.js';
import { inLegal } from '../escalation/legal-customers.js';
import { type PublishContext, sendToPerson } from '../publish.js';
import { coversOn, type DailyList, renderContextOf } from './daily-list.js';
import type { ItemView } from './item-view.js';
import { todayMessage, todayWork } from './today-message.js';

/** The outbox key of one person's Today message: one per team, day and collector. */
export function todayKey(teamId: number, date: LocalDate, personId: number): string {
  return `today:team-${teamId}:${date}:p${personId}`;
}

/**
 * Sends every collector with work on the morning's lists their private Today message (to their
 * delegate during a leave), built from the same snapshot as the lists; the outbox sends it once.
 */
export async function sendTodayMessages(
  ctx: PublishContext,
  team: TeamRow,
  today: LocalDate,
  lists: readonly DailyList[],
): Promise<void> {
  const seen = new Set<number>();
  const items: ItemView[] = [];
  for (const list of lists)
    for (const item of list.items)
      if (!seen.has(item.id) && !inLegal(item)) {
        seen.add(item.id);
        items.push(item);
      }
  const rc = renderContextOf(team);
  const disputes = await openDisputesOfTeam(ctx.db, team.id);
  const work = todayWork(items, disputes, today, rc.everyDay ?? false, rc.m.morning.today.disputeAge);
  const covers = await coversOn(ctx.db, today, [...work.keys()]);
  const customerIds = [...work.values()].flatMap((w) =>
    [...w.sections.values()].flat().map((e) => e.item.customerId),
  );
  const contacts = await firstContacts(ctx.db, customerIds);
  const contactOf = (customerId: number) => {
    const c = contacts.get(customerId);
    return c ? rc.m.credit.contactLine(c.name, rc.m.credit.contactRole(c.role), c.phone, c.email) : undefined;
  };
  for (const [personId, w] of work) {
    const to = covers.get(personId)?.delegateId ?? personId;
    await sendToPerson(ctx, to, todayKey(team.id, today, personId), todayMessage(w, today, rc, contactOf));
  }
}
