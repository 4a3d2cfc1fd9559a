import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/chat/reply.js';
import { createHarness, type Harness } from '../../helpers/app-harness.js';

let h: Harness;
let collector: { id: number; email: string; name: string };
let invoice: string;

const said = (reply: Reply) =>
  reply.kind === 'private' ? reply.message.blocks.map((b) => ('text' in b ? b.text : '')).join('\n') : '';

beforeAll(async () => {
  h = await createHarness();
  collector = await h.person('collector', 'east');
  const item = await h.t.db
    .selectFrom('receivables')
    .select('invoice_no')
    .where('collector_id', '=', collector.id)
    .where('status', '=', 'open')
    .where('due_on', '<', '2026-11-23')
    .orderBy('id')
    .executeTakeFirstOrThrow();
  invoice = item.invoice_no;
});
afterAll(async () => {
  await h.t.close();
});

describe('an item’s history in the team’s language', () => {
  it('a recorded dispute reads 争议 in a Chinese team’s lookup, never the stored code', async () => {
    const me = h.as(collector.email, 'east');
    expect(said(await h.app.handle(me.command(`争议 ${invoice} 对方说两托货破损`)))).toContain('✓');
    const story = said(await h.app.handle(me.command(`查询 ${invoice}`)));
    expect(story).toMatch(/2026-11-23 争议/);
    expect(story).not.toMatch(/\bdispute\b/);
  });

  it('the next morning’s list names every last follow-up’s method in Chinese, never a stored code', async () => {
    h.clock.set('2026-11-24T01:00:00Z');
    await h.app.scheduler.tick();
    await h.app.outbox.drain();
    const lines = h.port.sent
      .filter(
        (s) => s.op === 'post' && s.dedupeKey?.startsWith('overdue:') && s.dedupeKey.includes(':2026-11-24'),
      )
      .flatMap((s) => (s.content?.message.blocks ?? []).map((b) => ('text' in b ? b.text : '')))
      .join('\n')
      .split('\n')
      .filter((l) => l.includes('上次跟进'));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/上次跟进 \d\d-\d\d [\u4e00-\u9fff]/);
  });
});
