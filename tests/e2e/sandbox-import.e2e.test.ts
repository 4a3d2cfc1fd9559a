import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SandboxInBrowser, sandboxInBrowser } from '../helpers/seeded-sandbox.js';

// Finance drops a file into its direct conversation with Duebot in the sandbox page.

let sandbox: SandboxInBrowser;
let page: Page;

beforeAll(async () => {
  sandbox = await sandboxInBrowser('e2e-import');
  ({ page } = sandbox);
});

afterAll(async () => {
  await sandbox?.close();
});

async function actAs(role: 'admin' | 'collector'): Promise<string> {
  const person = await sandbox.t.db
    .selectFrom('people')
    .select('email')
    .where('role', '=', role)
    .where('active', '=', true)
    .orderBy('id')
    .executeTakeFirstOrThrow();
  await page.getByTestId('user-switcher').selectOption(person.email);
  return person.email;
}

describe('importing a file in the sandbox', () => {
  it('shows finance an upload button in its direct messages, imports the file and answers what was saved', async () => {
    await page.goto(sandbox.server.url);
    await page.getByTestId('direct-messages').click();
    await actAs('collector');
    expect(await page.getByTestId('upload-button').isHidden()).toBe(true);

    await actAs('admin');
    await page.getByTestId('upload-button').waitFor();
    const customer = await sandbox.t.db
      .selectFrom('customers')
      .select('external_id')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    await page.getByTestId('upload-input').setInputFiles({
      name: 'contacts.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`客户编码,联系人,电话\n${customer.external_id},王建国,021-64851230\n`, 'utf8'),
    });
    const answer = page.getByTestId('ephemeral').filter({ hasText: 'contacts.csv' });
    await answer.waitFor();
    expect(await answer.textContent()).toMatch(/contacts\.csv.*(客户联系人|customer contacts)/);
    const saved = await sandbox.t.db
      .selectFrom('customer_contacts')
      .select('name')
      .where('name', '=', '王建国')
      .execute();
    expect(saved).toHaveLength(1);
  });
});
