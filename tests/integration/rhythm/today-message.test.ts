import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Block } from '../../../src/chat/message.js';
import type { Recorded } from '../../fakes/recording-chat-port.js';
import { createHarness, type Harness } from '../../helpers/app-harness.js';
import { addCustomer, collectorWithNoItems, runAt, textOf } from '../promises/promise-helpers.js';

let h: Harness;
let collector: { id: number; email: string; name: string };
let items: Map<string, number>;
let teamId: number;

const todays = (date: string) =>
  h.port.sent.filter(
    (s) => s.op === 'direct' && s.dedupeKey?.startsWith(`today:team-${teamId}:${date}:p${collector.id}@`),
  );
const buttonsOf = (r: Recorded | undefined) =>
  (r?.content?.message.blocks ?? []).flatMap((b: Block) => (b.type === 'actions' ? b.buttons : []));

beforeAll(async () => {
  // Monday 30 November 2026, 10:00 in Shanghai: the answers below are given the day before.
  h = await createHarness('2026-11-30T02:00:00Z');
  collector = await collectorWithNoItems(h, 'east');
  ({ items } = await addCustomer(h, 'TD-1', '今日待办有限公司', collector.id, [
    { invoice: 'TD-NEXT', yuan: 5000, due: '2026-11-10' },
    { invoice: 'TD-PROM', yuan: 4000, due: '2026-11-15' },
    { invoice: 'TD-DELAY', yuan: 3000, due: '2026-11-30' },
    { invoice: 'TD-DISP', yuan: 2000, due: '2026-11-05' },
    { invoice: 'TD-OPEN', yuan: 1000, due: '2026-11-20' },
  ]));
  teamId = (
    await h.t.db.selectFrom('teams').select('id').where('code', '=', 'east').executeTakeFirstOrThrow()
  ).id;
  const as = h.as(collector.email, 'east');
  const value = (invoice: string, kind = 'o') => ({
    value: `${kind}:${items.get(invoice)}:2026-11-30:${collector.id}`,
  });
  const answers = [
    as.submit(
      'item.followup',
      { method: 'phone', outcome: 'contacted', note: '财务说明天再联系', next: '12月1日' },
      value('TD-NEXT'),
    ),
    as.submit('item.promise', { amount: '4000', date: '12月1日' }, value('TD-PROM')),
    as.submit('predue.delay', { date: '12月1日', reason: 'funds_tight' }, value('TD-DELAY', 'w')),
    as.submit('item.dispute', { reason: 'quality_dispute', note: '货物破损' }, value('TD-DISP')),
  ];
  for (const answer of answers) expect((await h.app.handle(answer)).kind).toBe('form_done');
  await runAt(h, '2026-12-01T01:00:00Z');
});
afterAll(async () => {
  await h.t.close();
});

describe('the private Today message of a collector', () => {
  it('arrives once on a working morning with what falls due today, section by section', () => {
    const [today, ...more] = todays('2026-12-01');
    expect(more).toHaveLength(0);
    const text = textOf(today);
    expect(text).toContain('今日待办 · 2026-12-01');
    // TD-OPEN has no commitment and TD-NEXT's next action is due: both wait for an answer in the list.
    expect(text).toContain('今日逾期清单中有 2 笔需要回复。');
    const section = (heading: string, next: string | null) =>
      text.slice(text.indexOf(heading), next ? text.indexOf(next) : undefined);
    expect(section('**到期的下次跟进**（1）', '**今日到期的承诺和分期**')).toContain('TD-NEXT');
    expect(section('**今日到期的承诺和分期**（1）', '**今日到期的延期**')).toContain('TD-PROM');
    expect(section('**今日到期的延期**（1）', '**等你处理的争议**')).toContain('TD-DELAY');
    const disputes = section('**等你处理的争议**（1）', null);
    expect(disputes).toContain('TD-DISP');
    expect(disputes).toContain('争议已 1 天：货物破损');
    expect(text).not.toContain('TD-OPEN');
  });

  it('gives each item its buttons, and a click opens that item’s form', async () => {
    const [today] = todays('2026-12-01');
    const promise = buttonsOf(today).find(
      (b) => b.actionId === 'item.promise' && b.value.startsWith(`o:${items.get('TD-NEXT')}:`),
    );
    expect(promise).toBeDefined();
    const reply = await h.app.handle(
      h.as(collector.email, 'east').action('item.promise', promise?.value ?? ''),
    );
    expect(reply.kind).toBe('form');
    expect(JSON.stringify(reply)).toContain('TD-NEXT');
  });

  it('is not sent again when the morning runs again the same day', async () => {
    await h.app.scheduler.tick();
    await h.app.outbox.drain();
    expect(todays('2026-12-01')).toHaveLength(1);
  });

  it('comes again the next working morning with what is due then', async () => {
    await runAt(h, '2026-12-02T01:00:00Z');
    const [next] = todays('2026-12-02');
    expect(textOf(next)).toContain('今日待办 · 2026-12-02');
    expect(textOf(next)).toContain('争议已 2 天');
  });
});
