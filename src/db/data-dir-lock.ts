import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { DuebotError } from '../errors.js';

const LOCK_FILE = 'duebot.pid';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the embedded data directory for this process: the embedded database has one writer, so a
 * second process opening the same directory is refused at once, naming the directory and the
 * process that holds it, before it reads or writes anything. A lock left by a process that died
 * is taken over. Returns the release.
 */
export function lockDataDir(dataDir: string): () => void {
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = Number(readFileSync(path, 'utf8').trim());
      if (Number.isInteger(holder) && holder > 0 && alive(holder))
        throw new DuebotError(
          'config_invalid',
          `the data directory ${dataDir} is in use by another Duebot process (pid ${holder}); stop it first, or set DATABASE_URL to run several instances on PostgreSQL`,
          { details: { dataDir, pid: holder } },
        );
      rmSync(path, { force: true });
    }
  }
  throw new DuebotError('config_invalid', `could not lock the data directory ${dataDir}`);
}
