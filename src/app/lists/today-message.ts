import type { Block, Message } from '../../chat/message.js';
import type { OpenDispute } from '../../db/repositories/open-disputes.repository.js';
import { diffDays, type LocalDate } from '../../domain/local-date.js';
import type { ItemView } from './item-view.js';
import { coverOf } from './needs-answer.js';
import { overdueItemBlocks, preDueItemBlocks, type RenderContext } from './render-item.js';

type Section = 'nextActions' | 'dueToday' | 'delaysEnding' | 'disputes';
const SECTIONS: readonly Section[] = ['nextActions', 'dueToday', 'delaysEnding', 'disputes'];

/** What is due today for one person: items by section, and how many list items still ask for an answer. */
export interface TodayWork {
  sections: Map<Section, { item: ItemView; note?: string }[]>;
  asking: number;
}

const work = (all: Map<number, TodayWork>, personId: number): TodayWork => {
  let found = all.get(personId);
  if (!found) {
    found = { sections: new Map(), asking: 0 };
    all.set(personId, found);
  }
  return found;
};

const add = (w: TodayWork, section: Section, entry: { item: ItemView; note?: string }) => {
  const list = w.sections.get(section);
  if (list) list.push(entry);
  else w.sections.set(section, [entry]);
};

/**
 * Each collector's day from the morning's items: next actions due, promises and instalments
 * falling due today (a whole-customer promise once), delays ending today, and the open disputes
 * they own or were brought into, with their age.
 */
export function todayWork(
  items: readonly ItemView[],
  disputes: readonly OpenDispute[],
  today: LocalDate,
  everyDay: boolean,
  noteOf: (days: number, note: string) => string,
): Map<number, TodayWork> {
  const all = new Map<number, TodayWork>();
  const customersDue = new Set<number>();
  // Overdue items first, so a whole-customer promise is shown on one with the overdue buttons.
  const ordered = [...items.filter((i) => i.dueOn < today), ...items.filter((i) => i.dueOn >= today)];
  for (const item of ordered) {
    if (item.collectorId === null) continue;
    const w = work(all, item.collectorId);
    if (item.dueOn < today && coverOf(item, everyDay) === null) w.asking += 1;
    if (item.nextAction && item.nextAction.dueOn <= today) add(w, 'nextActions', { item });
    const live = item.live;
    if (!live || live.dueOn !== today) continue;
    if (live.kind === 'delay') add(w, 'delaysEnding', { item });
    else if (live.kind === 'promise' || live.kind === 'instalment') {
      if (live.customerWide && customersDue.has(item.customerId)) continue;
      customersDue.add(item.customerId);
      add(w, 'dueToday', { item });
    }
  }
  const byId = new Map(items.map((i) => [i.id, i]));
  for (const dispute of disputes) {
    const item = byId.get(dispute.itemId);
    if (!item) continue;
    const note = noteOf(diffDays(today, dispute.openedOn), dispute.note);
    const people = new Set([...(dispute.ownerId === null ? [] : [dispute.ownerId]), ...dispute.helperIds]);
    for (const personId of people) add(work(all, personId), 'disputes', { item, note });
  }
  return all;
}

/**
 * The private Today message: a summary of the list, then each section's items with their buttons
 * and the customer's contact to call (`contactOf`, from the customer file).
 */
export function todayMessage(
  w: TodayWork,
  today: LocalDate,
  ctx: RenderContext,
  contactOf: (customerId: number) => string | undefined = () => undefined,
): Message {
  const { m } = ctx;
  const title = m.morning.today.title(today);
  const blocks: Block[] = [
    { type: 'header', text: title },
    { type: 'context', text: m.morning.today.summary(w.asking) },
  ];
  for (const section of SECTIONS) {
    const entries = w.sections.get(section) ?? [];
    if (entries.length === 0) continue;
    blocks.push({ type: 'divider' }, { type: 'text', text: m.morning.today[section](entries.length) });
    for (const { item, note } of entries) {
      blocks.push(
        ...(item.dueOn < today
          ? overdueItemBlocks(item, undefined, today, ctx)
          : preDueItemBlocks(item, undefined, today, ctx)),
      );
      const contact = contactOf(item.customerId);
      if (contact) blocks.push({ type: 'context', text: contact });
      if (note) blocks.push({ type: 'context', text: note });
    }
  }
  if (w.sections.size === 0) blocks.push({ type: 'text', text: m.morning.today.nothing });
  return { text: `${title} · ${m.morning.today.summary(w.asking)}`, blocks };
}
