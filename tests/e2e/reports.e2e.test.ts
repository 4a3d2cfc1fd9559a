import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SandboxServer } from '../../adapters/sandbox/server.js';
import { type SandboxInBrowser, sandboxInBrowser } from '../helpers/seeded-sandbox.js';

// The Friday report in the sandbox, in headless Chromium: jump the clock to the report, open the
// report channel and see the chart drawn (a decoded picture, not a broken image), then ask for
// the KPIs as a manager.

let sandbox: SandboxInBrowser;
let server: SandboxServer;
let page: Page;

beforeAll(async () => {
  sandbox = await sandboxInBrowser('reports-e2e');
  ({ server, page } = sandbox);
});

afterAll(async () => {
  await sandbox?.close();
});

describe('reports in a browser', () => {
  it('shows the weekly report with its chart in the report channel', async () => {
    const pageErrors: string[] = [];
    page.on('pageerror', (err) => pageErrors.push(err.message));
    await page.goto(server.url);
    await page.getByTestId('channel').filter({ hasText: 'reports' }).click();
    await expect.poll(() => page.getByTestId('view-title').textContent()).toBe('# reports');
    await page.getByTestId('clock-next-weekly-report').click();
    await expect
      .poll(() => page.getByTestId('clock-now').textContent(), { timeout: 60_000 })
      .toContain('17:00');
    const chart = page.getByTestId('block-image').first();
    await chart.waitFor({ timeout: 60_000 });
    // Pictures load lazily, once they are on screen.
    await chart.scrollIntoViewIfNeeded();
    await expect
      .poll(() =>
        chart.locator('img').evaluate((node) => (node as unknown as { complete: boolean }).complete),
      )
      .toBe(true);
    const drawn = await chart.locator('img').evaluate((node) => {
      // The page's own image element, read in the browser.
      const img = node as unknown as {
        complete: boolean;
        naturalWidth: number;
        naturalHeight: number;
        alt: string;
      };
      return {
        complete: img.complete,
        width: img.naturalWidth,
        height: img.naturalHeight,
        alt: img.alt,
      };
    });
    expect(drawn.complete).toBe(true);
    expect(drawn.width).toBe(900);
    expect(drawn.height).toBeGreaterThan(300);
    expect(drawn.alt).toMatch(/近 8 周|last 8 weeks/);
    await expect
      .poll(() => page.getByTestId('block-header').first().textContent())
      .toMatch(/逾期报表|Weekly overdue report/);
    expect(pageErrors).toEqual([]);
  });

  it('answers report kpi to a manager privately, with the button to post it', async () => {
    const manager = await sandbox.t.db
      .selectFrom('people')
      .innerJoin('teams', 'teams.id', 'people.team_id')
      .select(['people.email'])
      .where('teams.code', '=', 'intl')
      .where('people.role', '=', 'manager')
      .executeTakeFirstOrThrow();
    await page.getByTestId('channel').filter({ hasText: 'intl' }).click();
    await page.getByTestId('user-switcher').selectOption(manager.email);
    await page.getByTestId('command-input').fill('report kpi');
    await page.getByTestId('command-send').click();
    await page.getByRole('button', { name: 'Post to the chat', exact: true }).waitFor({ timeout: 60_000 });
    await expect.poll(() => page.getByTestId('message-list').textContent()).toContain('Collector KPIs');
  });
});
