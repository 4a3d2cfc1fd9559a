import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');
let child: ChildProcess | undefined;
const dirs: string[] = [];

afterEach(() => {
  child?.kill('SIGTERM');
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Starts the bot as `npm start` does, with only the given environment, and collects its output. */
function start(env: Record<string, string>) {
  const output = { stdout: '', stderr: '' };
  child = spawn(tsx, ['src/main.ts'], { cwd: root, env: { PATH: process.env.PATH ?? '', ...env } });
  child.stdout?.on('data', (d) => {
    output.stdout += String(d);
  });
  child.stderr?.on('data', (d) => {
    output.stderr += String(d);
  });
  const exited = new Promise<number | null>((resolve) => child?.on('exit', (code) => resolve(code)));
  return { output, exited };
}

async function waitFor(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 600 && !check(); i++) await new Promise((r) => setTimeout(r, 100));
  if (!check()) throw new Error(`gave up waiting for ${what}`);
}

describe('npm start', () => {
  it('with no configuration builds the embedded database, seeds the demo and shows each team summary', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'duebot-start-'));
    dirs.push(dataDir);
    const { output } = start({ DUEBOT_DATA_DIR: dataDir });
    await waitFor(
      () => output.stdout.includes('International Accounts') && output.stdout.includes('Duebot is running'),
      'the summary',
    );
    expect(output.stdout).toMatch(/华东回款组 \(east\)[\s\S]*到期预警[\s\S]*逾期合计/);
    expect(output.stdout).toMatch(/华南回款组 \(south\)/);
    expect(output.stdout).toMatch(/International Accounts \(intl\)[\s\S]*Overdue/);
    expect(child?.exitCode).toBeNull();
    const url = /Open (http:\/\/\S+) /.exec(output.stdout)?.[1] ?? '';
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const page = await fetch(url);
    expect(page.status).toBe(200);
    const workspace = (await (await fetch(`${url}/api/workspace`)).json()) as {
      channels: { chatId: string }[];
    };
    expect(workspace.channels.map((c) => c.chatId)).toEqual(['east', 'south', 'intl', 'reports']);
  });

  it('refuses a malformed setting with one clear line and exit code 2, without a stack trace', async () => {
    const { output, exited } = start({ DATABASE_URL: 'mysql://somewhere', LOG_LEVEL: 'chatty' });
    expect(await exited).toBe(2);
    expect(output.stderr).toMatch(/DATABASE_URL must be a PostgreSQL URL/);
    expect(output.stderr).toMatch(/LOG_LEVEL must be one of/);
    expect(output.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });
});
