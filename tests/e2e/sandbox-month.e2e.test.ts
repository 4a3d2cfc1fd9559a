import pino from 'pino';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTeamCalendar } from '../../src/app/team-calendar.js';
import { weekOf } from '../../src/app/weekly/team-week.js';
import { addDays } from '../../src/domain/local-date.js';
import { type SandboxInBrowser, sandboxInBrowser, TODAY } from '../helpers/seeded-sandbox.js';

// Thirty simulated days in the sandbox, clicked through in headless Chromium: earlier days fold
// under their date, search finds a customer, an answer keeps the page where it is, and no job
// on the way was skipped by the clock moves.

const DAYS = 30;
let sandbox: SandboxInBrowser;
let page: Page;

const ids = (sel: string) => page.locator(sel).count();

beforeAll(async () => {
  sandbox = await sandboxInBrowser('e2e-month');
  page = sandbox.page;
});
afterAll(async () => {
  await sandbox?.close();
});

describe('a month in the sandbox', () => {
  it('walks thirty days with the clock buttons, in the team language, running every job on the way', async () => {
    const pageErrors: string[] = [];
    page.on('pageerror', (err) => pageErrors.push(err.message));
    await page.goto(sandbox.server.url);
    await page.locator('[data-testid="channel"][data-chat-id="east"]').click();
    // A Chinese team's page speaks Chinese.
    await expect.poll(() => page.getByTestId('run-today').textContent()).toBe('立即运行今天的任务');
    await page.getByTestId('run-today').click();
    await expect.poll(() => page.getByTestId('toast').textContent()).toContain('刚刚运行');
    for (let day = 1; day < DAYS; day++) {
      const before = await page.getByTestId('clock-now').textContent();
      await page.getByTestId('clock-next-day').click();
      await expect
        .poll(() => page.getByTestId('clock-now').textContent(), { timeout: 20_000 })
        .not.toBe(before);
      await expect.poll(() => page.getByTestId('run-today').isDisabled()).toBe(false);
    }
    expect(sandbox.app.clock.now().toISOString().slice(0, 10)).toBe(addDays(TODAY, DAYS - 1));

    const runs = new Set(
      (await sandbox.t.db.selectFrom('job_runs').select(['run_key', 'state']).execute())
        .filter((r) => r.state === 'done')
        .map((r) => r.run_key),
    );
    const logger = pino({ level: 'silent' });
    const missing: string[] = [];
    for (const team of await sandbox.t.db.selectFrom('teams').selectAll().execute()) {
      const calendar = await loadTeamCalendar(sandbox.t.db, team, logger);
      const expectRun = (job: string, date: string) => {
        if (!runs.has(`${job}:team-${team.id}:${date}`)) missing.push(`${team.code} ${job} ${date}`);
      };
      for (let i = 0; i < DAYS; i++) {
        const date = addDays(TODAY, i);
        if (!calendar.isWorkingDay(date)) continue;
        expectRun('morning', date);
        // The last day's deadline is still to come.
        if (i < DAYS - 1) expectRun('deadline', date);
        const week = weekOf(calendar, date);
        if (week?.planDay === date)
          for (const job of ['plan_prompt', 'plan_reminder', 'plan_summary']) expectRun(job, date);
        if (week?.resultDay === date && i < DAYS - 1)
          for (const job of ['result_prompt', 'result_reminder', 'result_summary', 'weekly_report'])
            expectRun(job, date);
      }
      expectRun('monthly_report', calendar.nextWorkingDay('2026-12-01', true));
    }
    expect(missing).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 240_000);

  it("folds every earlier day under its date and keeps today's open", async () => {
    await page.reload();
    await page.locator('[data-testid="channel"][data-chat-id="east"]').click();
    await page.getByTestId('day').last().waitFor();
    const days = await ids('[data-testid="day"]');
    expect(days).toBeGreaterThan(5);
    expect(await ids('[data-testid="day"][data-open="true"]')).toBe(1);
    const day = await page.locator('[data-testid="day"][data-open="false"]').last().getAttribute('data-day');
    const folded = page.locator(`[data-testid="day"][data-day="${day}"]`);
    expect(await folded.locator('article').count()).toBe(0);
    await folded.getByTestId('day-toggle').click();
    await expect.poll(() => folded.locator('article').count()).toBeGreaterThan(0);
    await folded.getByTestId('day-toggle').click();
  });

  it('finds a customer in the open channel', async () => {
    const customer = await sandbox.t.db
      .selectFrom('customers')
      .innerJoin('teams', 'teams.id', 'customers.team_id')
      .innerJoin('receivables', 'receivables.customer_id', 'customers.id')
      .select('customers.name')
      .where('teams.code', '=', 'east')
      .where('receivables.status', '=', 'open')
      .orderBy('receivables.outstanding', 'desc')
      .executeTakeFirstOrThrow();
    await page.getByTestId('search-input').fill(customer.name);
    await expect.poll(() => page.getByTestId('search-note').textContent()).toContain(customer.name);
    const found = page.getByTestId('message');
    expect(await found.count()).toBeGreaterThan(0);
    expect(await found.first().textContent()).toContain(customer.name);
    await page.getByTestId('search-clear').click();
    await expect.poll(() => page.getByTestId('search-note').count()).toBe(0);
  });

  it('answers an item in the middle of the day without moving the page', async () => {
    const scrollUpUntil = async (found: () => Promise<boolean>) => {
      for (let i = 0; i < 60 && !(await found()); i++) {
        await page.getByTestId('message-list').evaluate((node) => {
          (node as unknown as { scrollTop: number }).scrollTop -= 1000;
        });
        await page.waitForTimeout(80);
      }
    };
    const onTime = page.locator('[data-open="true"] [data-action-id="predue.ontime"]').first();
    await scrollUpUntil(async () => (await onTime.count()) > 0);
    const article = page
      .locator('[data-open="true"] article[data-message-id]')
      .filter({ has: page.locator('[data-action-id="predue.ontime"]') })
      .first();
    const messageId = await article.getAttribute('data-message-id');
    const collector = await article.getByTestId('mention').first().getAttribute('title');
    // Acting as the collector redraws the channel at its end; scroll back up to the item.
    await page.getByTestId('user-switcher').selectOption(collector ?? '');
    await expect.poll(() => page.getByTestId('user-info').textContent()).toContain(collector ?? '');
    await scrollUpUntil(
      async () => (await page.locator(`article[data-message-id="${messageId}"]`).count()) > 0,
    );
    const target = page.locator(`article[data-message-id="${messageId}"]`);
    await target
      .locator('[data-action-id="predue.ontime"]')
      .first()
      .evaluate((node) => {
        (node as unknown as { scrollIntoView(o: object): void }).scrollIntoView({ block: 'center' });
      });
    await page.waitForTimeout(300);
    const version = await target.getAttribute('data-version');
    const list = page.getByTestId('message-list');
    const scrollTop = () => list.evaluate((node) => (node as unknown as { scrollTop: number }).scrollTop);
    const before = await scrollTop();
    expect(before).toBeGreaterThan(0);
    await target.locator('[data-action-id="predue.ontime"]').first().click();
    await expect.poll(() => target.getAttribute('data-version')).not.toBe(version);
    // The private answer sits right under the item; the page stays where it was.
    await expect
      .poll(() =>
        target.evaluate(
          (n) =>
            (n as unknown as { nextElementSibling: { dataset: { testid: string } } }).nextElementSibling
              ?.dataset.testid,
        ),
      )
      .toBe('ephemeral');
    expect(Math.abs((await scrollTop()) - before)).toBeLessThan(4);
  });
});
