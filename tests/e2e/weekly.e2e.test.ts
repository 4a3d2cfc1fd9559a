import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SandboxServer } from '../../adapters/sandbox/server.js';
import { type SandboxInBrowser, sandboxInBrowser } from '../helpers/seeded-sandbox.js';
import type { TestDatabase } from '../helpers/test-db.js';

// A newcomer's Monday in the sandbox, in headless Chromium: jump the clock to the plan check-in,
// act as a collector, open the plan from the private prompt, get a field error, submit, and see
// the plan in the 14:00 team summary.

let sandbox: SandboxInBrowser;
let t: TestDatabase;
let server: SandboxServer;
let page: Page;

beforeAll(async () => {
  sandbox = await sandboxInBrowser('weekly-e2e');
  ({ t, server, page } = sandbox);
});

afterAll(async () => {
  await sandbox?.close();
});

describe('the Monday plan in a browser', () => {
  it('fills the plan form from the prompt: a field error first, then saved and counted in the summary', async () => {
    const pageErrors: string[] = [];
    page.on('pageerror', (err) => pageErrors.push(err.message));
    const collector = await t.db
      .selectFrom('people')
      .innerJoin('teams', 'teams.id', 'people.team_id')
      .select(['people.id', 'people.email', 'people.name'])
      .where('teams.code', '=', 'intl')
      .where('people.role', '=', 'collector')
      .orderBy('people.id')
      .executeTakeFirstOrThrow();
    const customer = await t.db
      .selectFrom('customers')
      .select('name')
      .where('owner_id', '=', collector.id)
      .orderBy('id')
      .executeTakeFirstOrThrow();

    await page.goto(server.url);
    await page.getByTestId('channel').filter({ hasText: 'intl' }).click();
    await expect.poll(() => page.getByTestId('view-title').textContent()).toBe('# intl');
    await page.getByTestId('user-switcher').selectOption(collector.email);
    await expect.poll(() => page.getByTestId('user-info').textContent()).toContain('Collector');

    // 09:00 → the next weekly step is the plan prompt at 09:30.
    await page.getByTestId('clock-next-checkin').click();
    await expect.poll(() => page.getByTestId('clock-now').textContent()).toContain('09:30');
    await page.getByTestId('direct-messages').click();
    const open = page.getByRole('button', { name: 'Plan this week…', exact: true });
    await open.first().waitFor();
    await open.first().click();

    const dialog = page.getByTestId('form-dialog');
    await expect.poll(() => dialog.getByTestId('form-title').textContent()).toBe('Plan this week');
    const first = dialog.getByTestId('field-customer_1');
    const planned = (await first.inputValue()) || customer.name;
    await first.fill(planned);
    // A line shows its customer as "name (code)"; the plan saves the customer itself.
    const plannedName = planned.replace(/ \([^()]+\)$/, '');
    await dialog.getByTestId('field-amount_1').fill('5万x');
    await dialog.getByTestId('form-submit').click();
    await expect.poll(() => dialog.getByTestId('field-error-amount_1').textContent()).toContain('5万x');

    await dialog.getByTestId('field-amount_1').fill('1,234.50');
    await dialog.getByTestId('field-action_1').fill('Call their treasurer');
    await dialog.getByTestId('form-submit').click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect.poll(() => page.getByTestId('ephemeral').last().textContent()).toContain('Plan saved');

    const line = await t.db
      .selectFrom('plan_lines as l')
      .innerJoin('weekly_plans as p', 'p.id', 'l.plan_id')
      .innerJoin('customers as c', 'c.id', 'l.customer_id')
      .select(['c.name', 'l.planned_amount', 'l.action', 'p.week_start'])
      .where('p.person_id', '=', collector.id)
      .where('c.name', '=', plannedName)
      .executeTakeFirstOrThrow();
    expect(line).toEqual({
      name: plannedName,
      planned_amount: 123_450,
      action: 'Call their treasurer',
      week_start: '2026-11-23',
    });

    // 12:00 reminder (not for someone who planned), then the 14:00 summary in the group.
    await page.getByTestId('clock-next-checkin').click();
    await page.getByTestId('clock-next-checkin').click();
    await page.getByTestId('channel').filter({ hasText: 'intl' }).click();
    const summary = page
      .getByTestId('message')
      .filter({ hasText: 'Plan this week · International Accounts' });
    await summary.first().waitFor();
    expect(await summary.first().textContent()).toContain(collector.name);
    await page.screenshot({ path: '.vitest/sandbox-weekly-e2e.png' });
    expect(pageErrors).toEqual([]);
  });
});
