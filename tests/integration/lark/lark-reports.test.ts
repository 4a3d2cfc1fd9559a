import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardOf, createLarkHarness, type LarkHarness } from './lark-harness.js';

// The monthly aging analysis through the real Lark port and the emulator: pictures uploaded through
// im/v1/images and shown inside the cards, every card within Lark's 30 KB, the spreadsheet in the thread.
let h: LarkHarness;
const REPORTS = 'oc_finance_reports';

const imagesIn = (content: string): string[] =>
  [...content.matchAll(/"img_key":"([^"]+)"/g)].map((m) => m[1] ?? '');

beforeAll(async () => {
  h = await createLarkHarness();
  h.emulator.addChat(REPORTS, 'finance reports');
  // Only the east team's report is followed here: the others would fall back to their groups.
  await h.t.db.deleteFrom('channels').where('platform_chat_id', 'in', ['oc_south', 'oc_intl']).execute();
  const east = await h.t.db
    .selectFrom('teams')
    .select('id')
    .where('code', '=', 'east')
    .executeTakeFirstOrThrow();
  await h.t.db
    .insertInto('channels')
    .values({
      team_id: east.id,
      platform: 'lark',
      platform_chat_id: REPORTS,
      purpose: 'reports',
      created_at: h.clock.now(),
    })
    .execute();
});
afterAll(async () => {
  await h.close();
});

describe('reports on Feishu/Lark', () => {
  it('posts the monthly report in the team’s report group, pictures inside the cards', async () => {
    h.clock.set('2026-12-01T01:30:00Z');
    await h.app.scheduler.tick();
    await h.settle();
    const messages = h.emulator.messagesIn(REPORTS);
    const roots = messages.filter((m) => !m.root_id);
    expect(roots).toHaveLength(1);
    const east = roots.find((m) => JSON.stringify(cardOf(m).header).includes('华东'));
    if (!east) throw new Error('no report of the east team');
    // The headline card carries one chart, uploaded first.
    const keys = imagesIn(east.content);
    expect(keys).toHaveLength(1);
    const uploaded = h.emulator.state.images.get(keys[0] ?? '');
    expect(uploaded?.subarray(1, 4).toString()).toBe('PNG');
    expect(east.content).toContain('各收款责任人');
    const thread = messages.filter((m) => m.root_id === east.message_id);
    expect(thread.filter((m) => m.msg_type === 'file')).toHaveLength(1);
    const threadKeys = thread.flatMap((m) => imagesIn(m.content));
    expect(threadKeys.length).toBeGreaterThanOrEqual(3);
    for (const key of threadKeys) expect(h.emulator.state.images.has(key)).toBe(true);
    for (const m of messages) expect(Buffer.byteLength(m.content)).toBeLessThanOrEqual(30 * 1024);
    // Lark accepted every card and upload: everything queued was delivered.
    const states = await h.t.db
      .selectFrom('outbox')
      .select('state')
      .where('dedupe_key', 'like', 'report:%')
      .execute();
    expect(states.length).toBeGreaterThan(5);
    expect(states.every((s) => s.state === 'sent')).toBe(true);
  });
});
