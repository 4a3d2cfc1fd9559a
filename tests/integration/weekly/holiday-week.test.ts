import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../helpers/app-harness.js';
import { addCustomer } from '../promises/promise-helpers.js';
import {
  dmsTo,
  formOf,
  type Person,
  planValues,
  postsWith,
  runAt,
  teamId,
  textOf,
} from './weekly-helpers.js';

// The same week with a holiday Monday and Friday for the east team: the plan moves to Tuesday,
// the results to Thursday. The week after has no working day at all, and no check-in.

let h: Harness;
let east: number;
let ann: Person;
let bo: Person;
const WEEK = '2026-11-23';

beforeAll(async () => {
  h = await createHarness('2026-11-23T00:30:00Z');
  east = await teamId(h, 'east');
  ann = await h.person('collector', 'east', 0);
  bo = await h.person('collector', 'east', 1);
  const off = [
    '2026-11-23',
    '2026-11-27',
    '2026-11-30',
    '2026-12-01',
    '2026-12-02',
    '2026-12-03',
    '2026-12-04',
  ];
  await h.t.db
    .insertInto('calendar_overrides')
    .values(off.map((date) => ({ team_id: east, date, working: false, note: 'holiday' })))
    .execute();
  await addCustomer(h, 'H-A', '假期甲公司', ann.id, [{ invoice: 'HA-1', yuan: 12_000, due: '2026-11-25' }]);
});
afterAll(async () => {
  await h.t.close();
});

describe('a week with a holiday Monday and Friday', () => {
  it('sends no plan prompt on the holiday Monday, and sends it on Tuesday at 09:30', async () => {
    const monday = await runAt(h, '2026-11-23T06:00:00Z');
    expect(monday.get(`plan_prompt@${east}`)).toBe('not_working_day');
    expect(dmsTo(h, ann, 'weekly:')).toEqual([]);
    const tuesday = await runAt(h, '2026-11-24T01:30:00Z');
    expect(tuesday.get(`plan_prompt@${east}`)).toBe('ran');
    expect(dmsTo(h, ann, `weekly:plan-prompt:team-${east}:${WEEK}`)).toHaveLength(1);
    const wednesday = await runAt(h, '2026-11-25T01:30:00Z');
    expect(wednesday.get(`plan_prompt@${east}`)).toBe('not_today');
  });

  it('posts the plan summary on Tuesday at 14:00 naming who is missing', async () => {
    const form = formOf(await h.app.handle(h.as(ann.email, 'east').command('plan')));
    expect(form.metadata.week).toBe(WEEK);
    await h.app.handle(
      h.as(ann.email, 'east').submit('weekly.plan', planValues(form, { 假期甲公司: '12000' }), form.metadata),
    );
    await runAt(h, '2026-11-24T06:00:00Z');
    const [summary] = postsWith(h, `weekly:plan-summary:team-${east}:${WEEK}@`);
    expect(textOf(summary)).toContain(`${ann.name} | 1 | ¥12,000.00`);
    expect(textOf(summary)).toContain(`<@person:${bo.id}>`);
  });

  it('asks for results on Thursday, the last working day, and sums up at 18:00', async () => {
    const wednesday = await runAt(h, '2026-11-25T10:00:00Z');
    expect(wednesday.get(`result_prompt@${east}`)).toBe('not_today');
    await runAt(h, '2026-11-26T08:00:00Z');
    expect(dmsTo(h, ann, `weekly:result-prompt:team-${east}:${WEEK}`)).toHaveLength(1);
    await runAt(h, '2026-11-26T10:00:00Z');
    const [summary] = postsWith(h, `weekly:result-summary:team-${east}:${WEEK}@`);
    expect(textOf(summary)).toContain(`${ann.name} | ¥12,000.00 | ¥0.00 | — | 0.0% | 1`);
  });

  it('has no check-in in a week without working days', async () => {
    const sent = h.port.sent.length;
    for (const day of ['2026-11-30', '2026-12-02', '2026-12-04']) {
      const outcomes = await runAt(h, `${day}T10:00:00Z`);
      expect(outcomes.get(`plan_prompt@${east}`)).toBe('not_working_day');
    }
    expect(h.port.sent.slice(sent).filter((s) => s.dedupeKey?.includes(`team-${east}:2026-11-30`))).toEqual(
      [],
    );
    const reply = await h.app.handle(h.as(ann.email, 'east').command('result'));
    expect(textOf(reply)).toContain('2026-11-30 这一周没有工作日');
  });
});
