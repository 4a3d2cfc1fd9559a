import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../helpers/app-harness.js';
import { dmsTo, type Person, postsWith, runAt, teamId } from './weekly-helpers.js';

// The bot was down all Monday morning and starts at 15:00: the plan prompt goes out late, but
// without a reminder on its heels; the summary follows, once.

let h: Harness;
let east: number;
let ann: Person;
const WEEK = '2026-11-23';

beforeAll(async () => {
  h = await createHarness('2026-11-23T07:00:00Z');
  east = await teamId(h, 'east');
  ann = await h.person('collector', 'east', 0);
});
afterAll(async () => {
  await h.t.close();
});

describe('catching up a missed Monday morning', () => {
  it('sends the prompt and the summary, not a reminder with the prompt', async () => {
    const outcomes = await runAt(h, '2026-11-23T07:00:00Z');
    expect(outcomes.get(`plan_prompt@${east}`)).toBe('ran');
    expect(outcomes.get(`plan_reminder@${east}`)).toBe('ran');
    expect(dmsTo(h, ann, `weekly:plan-prompt:team-${east}:${WEEK}`)).toHaveLength(1);
    expect(dmsTo(h, ann, 'weekly:plan-reminder')).toEqual([]);
    expect(postsWith(h, `weekly:plan-summary:team-${east}:${WEEK}@`)).toHaveLength(1);
    await runAt(h, '2026-11-23T08:00:00Z');
    expect(postsWith(h, `weekly:plan-summary:team-${east}:${WEEK}@`)).toHaveLength(1);
  });
});
