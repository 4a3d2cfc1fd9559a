import { sql } from 'kysely';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SandboxServer } from '../../adapters/sandbox/server.js';
import { type SandboxInBrowser, sandboxInBrowser, TODAY } from '../helpers/seeded-sandbox.js';
import type { TestDatabase } from '../helpers/test-db.js';

// A collector types a promise in Chinese into the sandbox's command box and sees it confirmed.

let sandbox: SandboxInBrowser;
let t: TestDatabase;
let server: SandboxServer;
let page: Page;

beforeAll(async () => {
  sandbox = await sandboxInBrowser('e2e-commands');
  ({ t, server, page } = sandbox);
});

afterAll(async () => {
  await sandbox?.close();
});

describe('commands in the sandbox, in a browser', () => {
  it('承诺 INV-xxxx 5万 下周五 typed in the command box is confirmed and stored', async () => {
    // An open east-team invoice with at least ¥50,000 outstanding and a number no other item has.
    const item = await t.db
      .selectFrom('receivables as r')
      .innerJoin('teams as t', 't.id', 'r.team_id')
      .innerJoin('people as p', 'p.id', 'r.collector_id')
      .innerJoin('customers as c', 'c.id', 'r.customer_id')
      .select(['r.id', 'r.invoice_no', 'p.email', 'c.name'])
      .where('t.code', '=', 'east')
      .where('r.status', '=', 'open')
      .where('r.outstanding', '>=', 5_000_000)
      .where(sql<boolean>`(SELECT count(*) FROM receivables x WHERE x.invoice_no = r.invoice_no) = 1`)
      .orderBy('r.id')
      .executeTakeFirstOrThrow();
    const pageErrors: string[] = [];
    page.on('pageerror', (err) => pageErrors.push(err.message));
    await page.goto(server.url);
    await page.getByTestId('channel').filter({ hasText: '华东回款组' }).click();
    await page.getByTestId('user-switcher').selectOption(item.email);
    // The page speaks the acting person's team language.
    await expect.poll(() => page.getByTestId('user-info').textContent()).toContain('催收员');

    await page.getByTestId('command-input').fill(`承诺 ${item.invoice_no} 5万 下周五`);
    await page.getByTestId('command-send').click();
    const confirmation = page.getByTestId('ephemeral').filter({ hasText: item.invoice_no });
    await expect
      .poll(() => confirmation.textContent())
      .toContain(`✓ ${item.name} · ${item.invoice_no}: 承诺 2026-12-04 付 ¥50,000.00`);
    expect(await page.getByTestId('command-input').inputValue()).toBe('');

    const stored = await t.db
      .selectFrom('commitments')
      .select(['amount', 'due_on', 'status'])
      .where('receivable_id', '=', item.id)
      .where('made_on', '=', TODAY)
      .execute();
    expect(stored).toEqual([{ amount: 5_000_000, due_on: '2026-12-04', status: 'open' }]);
    expect(pageErrors).toEqual([]);
  });

  it('a customer with several open items gets buttons; clicking one records the promise on that item', async () => {
    const customer = await t.db
      .selectFrom('receivables as r')
      .innerJoin('teams as t', 't.id', 'r.team_id')
      .innerJoin('customers as c', 'c.id', 'r.customer_id')
      .innerJoin('people as p', 'p.id', 'r.collector_id')
      .select(['c.id', 'c.name', 'p.email'])
      .where('t.code', '=', 'east')
      .where('r.status', '=', 'open')
      .groupBy(['c.id', 'c.name', 'p.email'])
      .having((eb) => eb.fn.countAll(), '>', 1)
      .orderBy('c.id')
      .executeTakeFirstOrThrow();
    await page.goto(server.url);
    await page.getByTestId('channel').filter({ hasText: '华东回款组' }).click();
    await page.getByTestId('user-switcher').selectOption(customer.email);
    await page.getByTestId('command-input').fill(`跟进 "${customer.name}" 电话 对方在走审批`);
    await page.getByTestId('command-send').click();
    const question = page.getByTestId('ephemeral').filter({ hasText: '请选择' });
    const first = question.getByTestId('action-button').first();
    await first.waitFor();
    const invoice = ((await first.textContent()) ?? '').split(' · ')[0] ?? '';
    await first.click();
    const done = page.getByTestId('ephemeral').filter({ hasText: `✓ ${customer.name} · ${invoice}` });
    await expect.poll(() => done.count()).toBe(1);
    const saved = await t.db
      .selectFrom('follow_ups as f')
      .innerJoin('receivables as r', 'r.id', 'f.receivable_id')
      .select(['f.method', 'f.note'])
      .where('r.invoice_no', '=', invoice)
      .where('f.note', '=', '对方在走审批')
      .execute();
    expect(saved).toEqual([{ method: 'phone', note: '对方在走审批' }]);
  });
});
