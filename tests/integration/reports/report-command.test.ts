import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/chat/reply.js';
import { createHarness, type Harness } from '../../helpers/app-harness.js';
import { importPayments } from '../promises/promise-helpers.js';
import { type Person, teamId, textOf } from '../weekly/weekly-helpers.js';

// Wednesday 2 December 2026, 10:00 in Shanghai.
let h: Harness;
let ann: Person;
let bo: Person;
let eastManager: Person;
let finance: Person;

const ask = (who: Person, text: string, chat = 'east') => h.app.handle(h.as(who.email, chat).command(text));
const said = (reply: Reply) => (reply.kind === 'private' ? textOf(reply) : JSON.stringify(reply));
const buttonsOf = (reply: Reply) =>
  reply.kind === 'private'
    ? reply.message.blocks.flatMap((b) => (b.type === 'actions' ? b.buttons : []))
    : [];

beforeAll(async () => {
  h = await createHarness('2026-12-02T02:00:00Z');
  ann = await h.person('collector', 'east', 0);
  bo = await h.person('collector', 'east', 1);
  eastManager = await h.person('manager', 'east');
  finance = await h.person('admin');
});
afterAll(async () => {
  await h.t.close();
});

describe('report kpi: who sees what', () => {
  it('shows a collector their own figures only, with nothing to post', async () => {
    const reply = await ask(ann, 'report kpi 2026-11');
    const text = said(reply);
    expect(text).toContain(ann.name);
    expect(text).not.toContain(bo.name);
    expect(buttonsOf(reply)).toEqual([]);
  });

  it('refuses a collector the team reports', async () => {
    expect(said(await ask(ann, 'report weekly'))).toBe('收款责任人可查看本人数据：`报表 考核`。');
  });

  it("shows a manager every collector of their team, and not another team's", async () => {
    const reply = await ask(eastManager, 'report kpi 2026-11');
    expect(said(reply)).toContain(ann.name);
    expect(said(reply)).toContain(bo.name);
    expect(buttonsOf(reply).map((b) => b.actionId)).toEqual(['report.post']);
    expect(said(await ask(eastManager, 'report kpi 2026-11 south'))).toBe('你只能查看本团队的报表。');
  });

  it('lets finance read any team', async () => {
    const south = await ask(finance, 'report kpi 2026-11 south');
    expect(said(south)).toContain('华南');
    expect(said(await ask(finance, '报表 考核 2026-W48', 'south'))).toContain('2026-W48');
  });
});

describe('periods', () => {
  it.each([
    ['report weekly 2026-13', '2026-13', '2026-W47'],
    ['report aging 2026-W99', '2026-W99', '2026-11'],
    ['报表 账龄 十一月', '十一月', '2026-11'],
  ])('refuses %s with an example', async (command, token, example) => {
    const text = said(await ask(eastManager, command));
    expect(text).toContain(token);
    expect(text).toContain(example);
  });

  it('refuses a period that has not begun', async () => {
    expect(said(await ask(eastManager, 'report aging 2027-01'))).toContain('2027-01');
    expect(said(await ask(eastManager, 'report weekly 2026-W50'))).toContain('2026-W50');
  });

  it('refuses a month for the weekly report and a period for the forecast', async () => {
    expect(said(await ask(eastManager, 'report weekly 2026-11'))).toContain('2026-W47');
    expect(said(await ask(eastManager, 'report forecast 2026-11'))).toBe(
      '预测总是从今天开始：`报表 预测` 不带期间。',
    );
  });
});

describe('asking for a sent period', () => {
  it('shows the stored figures, with a note when receipts imported since changed them', async () => {
    const east = await teamId(h, 'east');
    h.clock.set('2026-12-01T01:30:00Z');
    expect(await h.app.scheduler.runIfDue(east, 'monthly_report')).toBe('ran');
    await h.app.outbox.drain();
    h.clock.set('2026-12-02T02:00:00Z');
    const before = said(await ask(eastManager, 'report aging 2026-11'));
    expect(before).not.toMatch(/imported since|此后导入/);
    // A receipt dated in November arrives in December's import: the stored report stays, with a note.
    const item = await h.t.db
      .selectFrom('receivables as r')
      .innerJoin('customers as c', 'c.id', 'r.customer_id')
      .select(['c.external_id', 'r.invoice_no', 'r.outstanding'])
      .where('r.team_id', '=', east)
      .where('r.status', '=', 'open')
      .where('r.due_on', '<', '2026-11-01')
      .orderBy('r.outstanding', 'desc')
      .executeTakeFirstOrThrow();
    await importPayments(h, [
      { id: 'LATE-1', customer: item.external_id, invoice: item.invoice_no, yuan: 1000, on: '2026-11-20' },
    ]);
    const after = said(await ask(eastManager, 'report aging 2026-11'));
    expect(after).toContain('此后导入的回款改变了这些数字');
    expect(after).toContain('2026-12-01');
  });

  it('posts the report to the report chat from the button, for a manager', async () => {
    const reply = await ask(eastManager, 'report weekly 2026-W48');
    const [button] = buttonsOf(reply);
    if (!button) throw new Error('no post button');
    const posted = await h.app.handle(h.as(eastManager.email, 'east').action(button.actionId, button.value));
    expect(said(posted)).toContain('报表群');
    await h.app.outbox.drain();
    const sent = h.port.sent.filter((s) => s.dedupeKey?.startsWith('report:posted:weekly'));
    expect(sent.filter((s) => s.op === 'post' && s.chatId === 'reports').length).toBeGreaterThan(1);
    expect(sent.filter((s) => s.op === 'file')).toHaveLength(1);
    // A collector clicking the same button is refused.
    expect(said(await h.app.handle(h.as(ann.email, 'east').action(button.actionId, button.value)))).toContain(
      '主管',
    );
  });
});
