import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missingAnswers } from '../../../src/app/lists/deadline.js';
import { readTeamSettings } from '../../../src/app/team-settings.js';
import {
  brokenPromisesByCollector,
  brokenPromisesByCustomer,
} from '../../../src/db/repositories/commitment.repository.js';
import type { Recorded } from '../../fakes/recording-chat-port.js';
import { createHarness, type Harness } from '../../helpers/app-harness.js';
import {
  addCustomer,
  auditActions,
  importPayments,
  promise,
  promisesOn,
  runAt,
  textOf,
} from './promise-helpers.js';

let h: Harness;
let collector: { id: number; email: string; name: string };
let manager: { id: number; email: string };
let customerId: number;
let legalId: number;
let items: Map<string, number>;
const item = (invoice: string) => items.get(invoice) as number;
const CUSTOMER = '三振测试有限公司';

// The credit review the same strikes open is a card of its own (tests/integration/credit/reviews.test.ts).
const managerNotes = (): Recorded[] =>
  h.port.sent.filter(
    (s) =>
      s.op === 'direct' &&
      s.userId === manager.email &&
      !s.dedupeKey?.startsWith('credit-review:') &&
      textOf(s).includes(CUSTOMER),
  );
const east = () =>
  h.t.db.selectFrom('teams').selectAll().where('code', '=', 'east').executeTakeFirstOrThrow();

beforeAll(async () => {
  h = await createHarness();
  collector = await h.person('collector', 'east', 1);
  const boss = await h.t.db
    .selectFrom('people as c')
    .innerJoin('people as m', 'm.id', 'c.manager_id')
    .select(['m.id', 'm.email'])
    .where('c.id', '=', collector.id)
    .executeTakeFirstOrThrow();
  manager = boss;
  ({ id: customerId, items } = await addCustomer(h, 'ES-1', CUSTOMER, collector.id, [
    { invoice: 'ES-A', yuan: 1000, due: '2026-11-02' },
    { invoice: 'ES-B', yuan: 2000, due: '2026-11-03' },
    { invoice: 'ES-C', yuan: 3000, due: '2026-11-04' },
    { invoice: 'ES-D', yuan: 400, due: '2026-11-05' },
  ]));
  ({ id: legalId } = await addCustomer(
    h,
    'LG-1',
    '诉讼中机电有限公司',
    collector.id,
    [{ invoice: 'LG-A', yuan: 5000, due: '2026-10-01' }],
    'legal',
  ));
  await runAt(h, '2026-11-23T01:00:00Z');
});
afterAll(async () => {
  await h.t.close();
});

describe('customers in legal proceedings', () => {
  it('are listed separately in the overdue header, without buttons, and left out of the collectors’ parts', async () => {
    const team = await east();
    const header = h.port.sent.find((s) => s.dedupeKey === `overdue:team-${team.id}:2026-11-23@sandbox:east`);
    expect(textOf(header)).toContain('法务处理中（1 家客户），不在群内催收');
    expect(textOf(header)).toContain('诉讼中机电有限公司 · 1 笔 · ¥5,000.00');
    expect(header?.content?.message.blocks.some((b) => b.type === 'actions')).toBe(false);
    const parts = h.port.sent.filter((s) => s.dedupeKey?.startsWith(`overdue:team-${team.id}:2026-11-23:p`));
    expect(parts.length).toBeGreaterThan(0);
    for (const part of parts) expect(textOf(part)).not.toContain('LG-A');
    expect(textOf(parts.find((p) => textOf(p).includes('ES-A')))).toContain('ES-A');
  });

  it('are not counted by the deadline check', async () => {
    const team = await east();
    const ctx = { db: h.t.db, platforms: ['sandbox' as const], now: h.clock.now() };
    const settings = readTeamSettings(team.settings);
    const withLegal = await missingAnswers(ctx, team, settings, '2026-11-23');
    await h.t.db.updateTable('customers').set({ status: 'active' }).where('id', '=', legalId).execute();
    const chased = await missingAnswers(ctx, team, settings, '2026-11-23');
    await h.t.db.updateTable('customers').set({ status: 'legal' }).where('id', '=', legalId).execute();
    expect(chased.get(collector.id)).toBe((withLegal.get(collector.id) ?? 0) + 1);
  });
});

describe('three strikes', () => {
  it('escalates the customer on the third broken promise in a row and tells the manager once, with the history', async () => {
    for (const invoice of ['ES-A', 'ES-B', 'ES-C'])
      await promise(h, collector, item(invoice), '2026-11-23', { amount: '500', date: '2026-11-24' });
    await runAt(h, '2026-11-26T01:00:00Z');
    const broken = await Promise.all(
      ['ES-A', 'ES-B', 'ES-C'].map(async (i) => (await promisesOn(h, item(i)))[0]),
    );
    expect(broken.map((p) => p?.status)).toEqual(['broken', 'broken', 'broken']);
    const third = h.port.sent.find((s) => s.dedupeKey?.startsWith(`promise-broken:${broken[2]?.id}@`));
    expect(textOf(third)).toContain(`${CUSTOMER} 已连续违约 3 次`);

    const customer = await h.t.db
      .selectFrom('customers')
      .selectAll()
      .where('id', '=', customerId)
      .executeTakeFirstOrThrow();
    expect(customer).toMatchObject({
      escalation_step: 'formal_letter',
      escalation_reason: 'broken_promises',
    });
    const escalations = await h.t.db
      .selectFrom('escalations')
      .selectAll()
      .where('customer_id', '=', customerId)
      .execute();
    expect(escalations).toHaveLength(1);
    expect(escalations[0]).toMatchObject({
      from_step: 'contact',
      to_step: 'formal_letter',
      manager_id: manager.id,
    });
    expect(escalations[0]?.promise_ids).toEqual(broken.map((p) => p?.id));
    expect(await auditActions(h, 'customer', customerId)).toEqual([
      'customer.escalate',
      'credit_review.open',
    ]);
    const team = await east();
    const byCustomer = await brokenPromisesByCustomer(h.t.db, { teamId: team.id });
    expect(byCustomer.get(customerId)).toBe(3);
    const today = await brokenPromisesByCollector(h.t.db, { teamId: team.id, since: h.clock.now() });
    expect(today.get(collector.id)).toBeGreaterThanOrEqual(3);

    const notes = managerNotes();
    expect(notes).toHaveLength(1);
    const text = textOf(notes[0]);
    expect(text).toContain(`客户升级：${CUSTOMER} 升级至「发催款函」`);
    expect(text).toContain('连续违约 3 次');
    for (const invoice of ['ES-A', 'ES-B', 'ES-C'])
      expect(text).toContain(`${invoice}：承诺 2026-11-24 前回款 ¥500.00（已违约）`);
    expect(Object.keys(notes[0]?.content?.mentions ?? {})).toEqual([String(collector.id)]);
  });

  it('keeps the escalated step on the next day’s list even after a kept promise ends the run', async () => {
    await promise(h, collector, item('ES-D'), '2026-11-26', { amount: '400', date: '2026-11-27' });
    await importPayments(h, [
      { id: 'ES-PAY-1', customer: 'ES-1', invoice: 'ES-D', yuan: 400, on: '2026-11-26' },
    ]);
    expect((await promisesOn(h, item('ES-D')))[0]).toMatchObject({ status: 'kept' });
    await runAt(h, '2026-11-27T01:00:00Z');
    const team = await east();
    const part = h.port.sent.find(
      (s) => s.dedupeKey === `overdue:team-${team.id}:2026-11-27:p${collector.id}@sandbox:east`,
    );
    const lines = textOf(part).split('\n');
    const at = lines.findIndex((l) => l.includes('ES-B'));
    // ES-B is 24 days overdue: by age alone the next step would be a phone call.
    expect(lines[at + 1]).toContain('建议：发催款函');
    expect(managerNotes()).toHaveLength(1);
  });

  it('escalates again after three follow-ups in a row that could not reach the customer', async () => {
    const me = h.as(collector.email, 'east');
    const value = `o:${item('ES-B')}:2026-11-27:${collector.id}`;
    for (let i = 0; i < 3; i++) {
      const reply = await h.app.handle(
        me.submit('item.followup', { method: 'phone', outcome: 'no_contact', note: '无人接听' }, { value }),
      );
      expect(reply.kind).toBe('form_done');
    }
    await h.app.outbox.drain();
    const customer = await h.t.db
      .selectFrom('customers')
      .selectAll()
      .where('id', '=', customerId)
      .executeTakeFirstOrThrow();
    expect(customer).toMatchObject({
      escalation_step: 'lawyer_letter',
      escalation_reason: 'failed_contacts',
    });
    const notes = managerNotes();
    expect(notes).toHaveLength(2);
    expect(textOf(notes[1])).toContain('连续 3 次未联系上');
    expect(textOf(notes[1])).toContain('ES-B：电话，未联系上：无人接听');
  });
});
