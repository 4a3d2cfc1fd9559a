import { loadItemViews } from '../../../src/app/lists/daily-list.js';
import type { ItemView } from '../../../src/app/lists/item-view.js';
import { itemButtonValue } from '../../../src/app/lists/render-item.js';
import type { OutgoingFile } from '../../../src/chat/message.js';
import type { Harness } from '../../helpers/app-harness.js';

export const TODAY = '2026-11-23';

/** A collector's overdue items on the demo day, with the button value each carries on the list. */
export async function itemsOf(h: Harness, teamCode: string, collectorId: number) {
  const team = await h.t.db
    .selectFrom('teams')
    .select('id')
    .where('code', '=', teamCode)
    .executeTakeFirstOrThrow();
  const { items } = await loadItemViews(
    h.t.db,
    { teamId: team.id, collectorId, dueTo: '2026-11-22' },
    TODAY,
    new Date('2026-11-22T16:00:00Z'),
  );
  return items.map((item) => ({ item, value: itemButtonValue('o', item, TODAY) }));
}

/** The first of a collector's items at one of `steps`. */
export async function itemAt(
  h: Harness,
  teamCode: string,
  collectorId: number,
  steps: ItemView['step'][],
): Promise<{ item: ItemView; value: string }> {
  const found = (await itemsOf(h, teamCode, collectorId)).find((i) => steps.includes(i.item.step));
  if (!found) throw new Error(`no item at ${steps.join('/')} for collector ${collectorId}`);
  return found;
}

/** The newest file attached in the team chats. */
export function lastFile(h: Harness): { file: OutgoingFile; threadId: string | undefined } {
  const sent = h.port.sent.filter((s) => s.op === 'file' && s.file?.name.endsWith('.docx')).at(-1);
  if (!sent?.file) throw new Error('no letter was attached');
  return { file: sent.file, threadId: sent.threadId };
}
