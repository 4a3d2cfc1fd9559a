import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openPglite } from '../../../src/db/connect.js';

const dataDir = mkdtempSync(path.join(tmpdir(), 'duebot-lock-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('one writer per embedded data directory', () => {
  it('refuses a second opening of the same directory, naming it and the process, and leaves the data alone', async () => {
    const first = await openPglite(dataDir);
    await sql`CREATE TABLE promises_kept (n integer)`.execute(first.db);
    await sql`INSERT INTO promises_kept VALUES (1)`.execute(first.db);

    await expect(openPglite(dataDir)).rejects.toThrow(
      `the data directory ${dataDir} is in use by another Duebot process (pid ${process.pid})`,
    );
    const { rows } = await sql<{ n: number }>`SELECT n FROM promises_kept`.execute(first.db);
    expect(rows).toEqual([{ n: 1 }]);
    await first.close();

    const again = await openPglite(dataDir); // free once the first one closed
    const kept = await sql<{ n: number }>`SELECT n FROM promises_kept`.execute(again.db);
    expect(kept.rows).toEqual([{ n: 1 }]);
    await again.close();
  });
});
