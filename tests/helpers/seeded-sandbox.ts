import pino from 'pino';
import type { Browser, Page } from 'playwright-core';
import { SandboxChatPort } from '../../adapters/sandbox/chat-port.js';
import { type SandboxServer, startSandbox } from '../../adapters/sandbox/server.js';
import { launchChromium } from '../../scripts/bench/chromium.js';
import { createDuebot, type Duebot } from '../../src/app/duebot.js';
import { ManualClock, OffsetClock } from '../../src/clock.js';
import { seedDemo } from '../../src/demo/seed.js';
import { createTestDatabase, type TestDatabase } from './test-db.js';

/** Monday 23 November 2026, 09:00 in Shanghai and Singapore: a working morning for every demo team. */
export const TODAY = '2026-11-23';

export interface SeededSandbox {
  t: TestDatabase;
  app: Duebot;
  chat: SandboxChatPort;
  server: SandboxServer;
  close(): Promise<void>;
}

/** The sandbox server with the real Duebot on a fresh, small demo company, its clock at TODAY 09:00. */
export async function startSeededSandbox(instance: string): Promise<SeededSandbox> {
  const t = await createTestDatabase();
  const clock = new OffsetClock(new ManualClock(`${TODAY}T01:00:00Z`));
  await seedDemo(t, clock, { today: TODAY, customers: 40, receivables: 400 });
  const logger = pino({ level: process.env.TEST_LOG ?? 'silent' });
  const chat = new SandboxChatPort({ db: t.db, clock });
  const app = createDuebot({ db: t.db, clock, logger, ports: [chat], instance });
  const server = await startSandbox({ app, chat, logger, port: 0 });
  return {
    t,
    app,
    chat,
    server,
    async close() {
      await server.close();
      await app.outbox.stop();
      await t.close();
    },
  };
}

export { launchChromium };

export interface SandboxInBrowser extends SeededSandbox {
  browser: Browser;
  /** A desktop-sized page, not yet pointed at the sandbox. */
  page: Page;
}

/** A seeded sandbox and a Chromium page for one browser test file; `close()` ends both. */
export async function sandboxInBrowser(instance: string): Promise<SandboxInBrowser> {
  const sandbox = await startSeededSandbox(instance);
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  return {
    ...sandbox,
    browser,
    page,
    async close() {
      await browser.close();
      await sandbox.close();
    },
  };
}
