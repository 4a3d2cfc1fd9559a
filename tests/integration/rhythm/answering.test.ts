import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../src/domain/local-date.js';
import type { Recorded } from '../../fakes/recording-chat-port.js';
import { createHarness, type Harness } from '../../helpers/app-harness.js';

let h: Harness;
let collector: { id: number; email: string; name: string };

beforeAll(async () => {
  h = await createHarness();
  await h.app.scheduler.tick();
  await h.app.outbox.drain();
  collector = await h.person('collector', 'east');
});
afterAll(async () => {
  await h.t.close();
});

/** The collector's part of today's overdue list and the value of the first item's buttons. */
function myList(kind: 'overdue' | 'predue', personId: number): { part: Recorded; value: string } {
  const part = h.port.sent.find(
    (s) => s.op === 'post' && s.dedupeKey?.startsWith(`${kind}:`) && s.dedupeKey.includes(`:p${personId}@`),
  );
  const actions = part?.content?.message.blocks.find((b) => b.type === 'actions');
  if (!part || actions?.type !== 'actions') throw new Error(`no ${kind} list for person ${personId}`);
  return { part, value: actions.buttons[0]?.value ?? '' };
}

const lastEdit = (of: Recorded) =>
  h.port.sent.filter((s) => s.op === 'update' && s.threadId === of.id).at(-1);
const text = (r: Recorded | undefined) =>
  (r?.content?.message.blocks ?? []).map((b) => ('text' in b ? b.text : '')).join('\n');

describe('answering the overdue list', () => {
  it('opens the promise form for the item, pre-filled with the outstanding amount', async () => {
    const { value } = myList('overdue', collector.id);
    const reply = await h.app.handle(h.as(collector.email, 'east').action('item.promise', value));
    expect(reply.kind).toBe('form');
    if (reply.kind !== 'form') return;
    expect(reply.form.fields.map((f) => f.id)).toEqual(['amount', 'date', 'note']);
    expect(reply.form.fields[0]?.initial).toMatch(/^[\d,]+\.\d\d$/);
    expect(reply.form.metadata.value).toBe(value);
  });

  it('shows field errors for a bad amount and a past date, and saves nothing', async () => {
    const { value } = myList('overdue', collector.id);
    const before = await h.t.db
      .selectFrom('commitments')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    const reply = await h.app.handle(
      h.as(collector.email, 'east').submit('item.promise', { amount: '5万x', date: '2026-11-01' }, { value }),
    );
    expect(reply.kind).toBe('form_errors');
    if (reply.kind !== 'form_errors') return;
    expect(reply.form.errors?.amount).toContain('5万x');
    expect(reply.form.errors?.date).toContain('2026-11-01');
    expect(reply.form.fields[0]?.initial).toBe('5万x');
    const after = await h.t.db
      .selectFrom('commitments')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toEqual(before.n);
  });

  it('refuses an amount above the outstanding balance, showing the balance', async () => {
    const { value } = myList('overdue', collector.id);
    const reply = await h.app.handle(
      h.as(collector.email, 'east').submit('item.promise', { amount: '99999999', date: '12/1' }, { value }),
    );
    expect(reply.kind === 'form_errors' && reply.form.errors?.amount).toMatch(/¥[\d,]+\.\d\d/);
  });

  it('records a good promise, marks the item ✓ in the posted list and writes the audit log', async () => {
    const { part, value } = myList('overdue', collector.id);
    const itemId = Number(value.split(':')[1]);
    const reply = await h.app.handle(
      h
        .as(collector.email, 'east')
        .submit('item.promise', { amount: '1万', date: '12月1日', note: '财务已排款' }, { value }),
    );
    expect(reply.kind).toBe('form_done');
    const promise = await h.t.db
      .selectFrom('commitments')
      .selectAll()
      .where('receivable_id', '=', itemId)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(promise).toMatchObject({
      amount: 1_000_000,
      due_on: '2026-12-01',
      made_on: '2026-11-23',
      status: 'open',
      person_id: collector.id,
    });
    await h.app.outbox.drain();
    expect(text(lastEdit(part))).toContain(`✓ ${collector.name} 09:00：承诺 2026-12-01 付 ¥10,000.00`);
    const audit = await h.t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'promise.create')
      .where('entity_id', '=', String(promise.id))
      .executeTakeFirstOrThrow();
    expect(audit.actor_id).toBe(collector.id);
  });

  it('records follow-ups, disputes and "already paid" claims, telling finance about the claim', async () => {
    const { value } = myList('overdue', collector.id);
    const me = h.as(collector.email, 'east');
    expect(
      (
        await h.app.handle(
          me.submit('item.followup', { method: 'phone', outcome: 'no_contact', note: '无人接听' }, { value }),
        )
      ).kind,
    ).toBe('form_done');
    expect(
      (await h.app.handle(me.submit('item.dispute', { reason: 'quality_dispute', note: '' }, { value })))
        .kind,
    ).toBe('form_errors');
    expect(
      (
        await h.app.handle(
          me.submit('item.dispute', { reason: 'quality_dispute', note: '两托破损' }, { value }),
        )
      ).kind,
    ).toBe('form_done');
    expect(
      (await h.app.handle(me.submit('item.paid', { amount: '500', date: '明天' }, { value }))).kind,
    ).toBe('form_errors');
    expect(
      (
        await h.app.handle(
          me.submit('item.paid', { amount: '500', date: '11/20', reference: 'BK1' }, { value }),
        )
      ).kind,
    ).toBe('form_done');
    const itemId = Number(value.split(':')[1]);
    const item = await h.t.db
      .selectFrom('receivables')
      .select(['disputed', 'dispute_note'])
      .where('id', '=', itemId)
      .executeTakeFirstOrThrow();
    expect(item).toEqual({ disputed: true, dispute_note: '两托破损' });
    expect(
      await h.t.db
        .selectFrom('paid_claims')
        .selectAll()
        .where('receivable_id', '=', itemId)
        .executeTakeFirst(),
    ).toMatchObject({ amount: 50_000, paid_on: '2026-11-20', state: 'pending', reference: 'BK1' });
    await h.app.outbox.drain();
    const admin = await h.person('admin');
    expect(
      h.port.sent.some((s) => s.op === 'direct' && s.userId === admin.email && text(s).includes('BK1')),
    ).toBe(true);
  });

  it('refuses someone else’s collector, and people not on the roster, changing nothing', async () => {
    const other = await h.person('collector', 'east', 1);
    const { value } = myList('overdue', collector.id);
    const reply = await h.app.handle(h.as(other.email, 'east').action('item.promise', value));
    expect(reply.kind === 'private' && reply.message.text).toContain('只有该笔款项的收款责任人');
    const stranger = await h.app.handle(h.as('nobody@example.com', 'east').action('item.promise', value));
    expect(stranger.kind === 'private' && stranger.message.text).toContain('名单');
  });

  it('lets the team manager answer for the collector', async () => {
    const manager = await h.person('manager', 'east');
    const { value } = myList('overdue', collector.id);
    expect((await h.app.handle(h.as(manager.email, 'east').action('item.followup', value))).kind).toBe(
      'form',
    );
  });

  it('answers "this item changed" when the item was paid or reassigned since the list was posted', async () => {
    const other = await h.person('collector', 'east', 1);
    const { value } = myList('overdue', other.id);
    const itemId = Number(value.split(':')[1]);
    await h.t.db
      .updateTable('receivables')
      .set({ collector_id: collector.id })
      .where('id', '=', itemId)
      .execute();
    const reassigned = await h.app.handle(h.as(other.email, 'east').action('item.promise', value));
    expect(reassigned.kind === 'private' && reassigned.message.text).toContain(`已转给 ${collector.name}`);
    await h.t.db
      .updateTable('receivables')
      .set({ status: 'paid', outstanding: 0 })
      .where('id', '=', itemId)
      .execute();
    const paid = await h.app.handle(
      h.as(collector.email, 'east').submit('item.promise', { amount: '1', date: '12/1' }, { value }),
    );
    expect(paid.kind === 'form_done' && paid.message?.text).toContain('已经收回');
  });
});

describe('pre-due warnings', () => {
  it('records "on time" at once and marks the item', async () => {
    const { part, value } = myList('predue', collector.id);
    const reply = await h.app.handle(h.as(collector.email, 'east').action('predue.ontime', value));
    expect(reply.kind).toBe('private');
    await h.app.outbox.drain();
    expect(text(lastEdit(part))).toContain('确认按期付款');
  });

  it('accepts a short delay, and sends a long one to the manager who approves it in the item thread', async () => {
    const { part, value } = myList('predue', collector.id);
    const itemId = Number(value.split(':')[1]);
    const item = await h.t.db
      .selectFrom('receivables')
      .innerJoin('customers', 'customers.id', 'receivables.customer_id')
      .select(['due_on', 'payment_terms_days'])
      .where('receivables.id', '=', itemId)
      .executeTakeFirstOrThrow();
    const me = h.as(collector.email, 'east');
    const tooEarly = await h.app.handle(
      me.submit('predue.delay', { date: item.due_on, reason: 'funds_tight' }, { value }),
    );
    expect(tooEarly.kind === 'form_errors' && tooEarly.form.errors?.date).toContain(item.due_on);
    const short = await h.app.handle(
      me.submit('predue.delay', { date: addDays(item.due_on, 1), reason: 'funds_tight' }, { value }),
    );
    expect(short).toMatchObject({ kind: 'form_done', message: { text: expect.stringMatching(/延期至/) } });

    const far = addDays(item.due_on, Math.ceil(item.payment_terms_days / 3) + 5);
    const long = await h.app.handle(
      me.submit('predue.delay', { date: far, reason: 'approval_in_progress' }, { value }),
    );
    expect(long.kind === 'form_done' && long.message?.text).toContain('等待主管审批');
    await h.app.outbox.drain();
    const manager = await h.person('manager', 'east');
    const request = h.port.sent.filter((s) => s.op === 'direct' && s.userId === manager.email).at(-1);
    const buttons = request?.content?.message.blocks.find((b) => b.type === 'actions');
    if (buttons?.type !== 'actions') throw new Error('no approval buttons');
    expect(buttons.buttons.map((b) => b.actionId)).toEqual(['approval.approve', 'approval.reject']);
    // The request names the customer, the invoice and its amount.
    expect(text(request)).toMatch(/（¥[\d,]+\.\d\d，到期日 \d{4}-\d\d-\d\d）延期至/);

    const byCollector = await h.app.handle(
      h.as(collector.email, 'east').action('approval.approve', buttons.buttons[0]?.value ?? ''),
    );
    expect(byCollector.kind === 'private' && byCollector.message.text).toContain('主管');
    const decided = await h.app.handle(
      h.as(manager.email, 'east').action('approval.approve', buttons.buttons[0]?.value ?? ''),
    );
    expect(decided.kind === 'private' && decided.message.text).toContain('已批准');
    const twice = await h.app.handle(
      h.as(manager.email, 'east').action('approval.reject', buttons.buttons[0]?.value ?? ''),
    );
    expect(twice.kind === 'private' && twice.message.text).toContain('已经处理过');
    await h.app.outbox.drain();
    const announcement = h.port.sent.filter((s) => s.op === 'post' && s.threadId === part.id).at(-1);
    expect(text(announcement)).toContain(`已批准延期至 ${far}`);
    // The manager's card no longer offers the buttons and says who decided what, on which invoice.
    const card = h.port.sent.filter((s) => s.op === 'update' && s.threadId === request?.id).at(-1);
    expect(card?.chatId).toBe(manager.email);
    expect(card?.content?.message.blocks.some((b) => b.type === 'actions')).toBe(false);
    expect(text(card)).toContain(`${manager.name} 已批准延期至 ${far}`);
    const invoice = await h.t.db
      .selectFrom('receivables')
      .select('invoice_no')
      .where('id', '=', itemId)
      .executeTakeFirstOrThrow();
    expect(text(card)).toContain(invoice.invoice_no);
  });
});
