import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../helpers/app-harness.js';
import { type Person, textOf } from './weekly-helpers.js';

// `leave` / `请假`: who may record a leave for whom, with which delegate, and what is refused.

let h: Harness;
let ann: Person;
let bo: Person;
let manager: Person;
let southCollector: Person;
const at = (p: Person) => `@${p.email.split('@')[0]}`;
const leavesOf = (p: Person) =>
  h.t.db
    .selectFrom('leaves')
    .select(['from_on', 'to_on', 'delegate_id'])
    .where('person_id', '=', p.id)
    .execute();

beforeAll(async () => {
  h = await createHarness('2026-11-23T02:00:00Z');
  ann = await h.person('collector', 'east', 0);
  bo = await h.person('collector', 'east', 1);
  manager = await h.person('manager', 'east');
  southCollector = await h.person('collector', 'south', 0);
});
afterAll(async () => {
  await h.t.close();
});

describe('leave', () => {
  it('records a one-day leave without a delegate', async () => {
    const reply = await h.app.handle(h.as(ann.email, 'east').command('请假 明天'));
    expect(textOf(reply)).toBe('✓ 请假已登记：2026-11-24 – 2026-11-24。请假期间不再发送周度提醒。');
    expect(await leavesOf(ann)).toEqual([{ from_on: '2026-11-24', to_on: '2026-11-24', delegate_id: null }]);
  });

  it('lets a manager record a leave for someone of the team, with a delegate, and audits it', async () => {
    const reply = await h.app.handle(
      h.as(manager.email, 'east').command(`leave ${at(bo)} 12/1 12/3 delegate ${at(ann)}`),
    );
    expect(textOf(reply)).toBe(
      `✓ 已为 ${bo.name} 登记请假：2026-12-01 – 2026-12-03，由 ${ann.name} 代为跟进。`,
    );
    expect(await leavesOf(bo)).toEqual([{ from_on: '2026-12-01', to_on: '2026-12-03', delegate_id: ann.id }]);
    const audit = await h.t.db
      .selectFrom('audit_log')
      .select(['action', 'actor_id'])
      .where('entity', '=', 'leave')
      .execute();
    expect(audit).toContainEqual({ action: 'leave.record', actor_id: manager.id });
  });

  it('refuses, changing nothing: a collector for someone else, an unknown or self delegate, another team, a past leave, a reversed range', async () => {
    const before = await h.t.db.selectFrom('leaves').select('id').execute();
    const cases: [Person, string, string][] = [
      [ann, `leave ${at(bo)} 12/1 12/2`, '只有主管或财务可以为他人登记请假。'],
      [ann, 'leave 12/1 12/2 delegate @nobody', '我不认识 @nobody'],
      [ann, `leave 12/1 12/2 delegate ${at(ann)}`, '代岗人必须是其他人。'],
      [ann, `leave 12/1 12/2 delegate ${at(southCollector)}`, `${southCollector.name} 不在同一个组。`],
      [manager, `leave ${at(southCollector)} 12/1 12/2`, `${southCollector.name} 不在同一个组。`],
      [ann, 'leave 2026-11-01 2026-11-02', '该假期已于 2026-11-02 结束，未登记。'],
      [ann, 'leave 12/5 12/1', '请假结束日期早于开始日期'],
    ];
    for (const [who, command, said] of cases) {
      const reply = await h.app.handle(h.as(who.email, 'east').command(command));
      expect({ command, said: textOf(reply) }).toEqual({ command, said: expect.stringContaining(said) });
    }
    expect(await h.t.db.selectFrom('leaves').select('id').execute()).toEqual(before);
  });

  it('answers in English for an English team', async () => {
    const intl = await h.person('collector', 'intl', 0);
    const reply = await h.app.handle(h.as(intl.email, 'intl').command('leave 12/1 12/4'));
    expect(textOf(reply)).toBe(
      '✓ Leave recorded: 2026-12-01 – 2026-12-04. No check-in prompts while you are away.',
    );
  });
});
