import { stat } from 'node:fs/promises';
import cliProgress from 'cli-progress';
import { type Clock, systemClock } from '../clock.js';
import { ConfigError, loadConfig } from '../config.js';
import { type DbHandle, openDatabase } from '../db/connect.js';
import { migrateToLatest } from '../db/migrate.js';
import { createLogger, type Logger } from '../logger.js';
import { ImportUsageError } from './errors.js';
import { reportLines } from './report.js';
import { runImport } from './run-import.js';
import { IMPORT_KINDS, type ImportOptions, type ImportProgress, isImportKind } from './types.js';

export const USAGE = `usage: npm run import -- <${IMPORT_KINDS.join('|')}> <file.csv|file.xlsx> [--map "Column Header=field" ...] [--skip-invalid]

  Loads a spreadsheet into Duebot. Load in this order: teams, roster, customers, receivables, payments;
  contacts and ratings (the rating policy) any time after customers and teams.
  Headers are recognised in Chinese and English (客户名称 / Customer Name, 金额 / Amount, …);
  --map names the field of any other column ("--map 开票金额=amount"; "=-" ignores a column).
  A file with any bad row is rejected whole; --skip-invalid writes the good rows and puts the bad
  ones in <file>.rejects.csv. Exit code 0 on success, 1 when rejected, 2 on usage errors.`;

type Parsed = { ok: true; options: ImportOptions } | { ok: false; message: string | null };

/** Reads the command line; `message` null means help was asked for. */
export function parseImportArgs(argv: readonly string[]): Parsed {
  const positional: string[] = [];
  const map: Record<string, string> = {};
  let skipInvalid = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') return { ok: false, message: null };
    if (arg === '--skip-invalid') skipInvalid = true;
    else if (arg === '--map' || arg.startsWith('--map=')) {
      const entry = arg === '--map' ? argv[++i] : arg.slice('--map='.length);
      const at = entry?.lastIndexOf('=') ?? -1;
      if (!entry || at <= 0)
        return { ok: false, message: `--map needs "Column Header=field", got "${entry ?? ''}"` };
      map[entry.slice(0, at).trim()] = entry.slice(at + 1).trim() || '-';
    } else if (arg.startsWith('-')) return { ok: false, message: `unknown option ${arg}` };
    else positional.push(arg);
  }
  const [kind, file, ...extra] = positional;
  if (!kind) return { ok: false, message: 'missing kind' };
  if (!isImportKind(kind)) return { ok: false, message: `unknown kind "${kind}"` };
  if (!file) return { ok: false, message: 'missing file' };
  if (extra.length > 0) return { ok: false, message: `unexpected argument "${extra[0]}"` };
  return { ok: true, options: { kind, file, map, skipInvalid } };
}

export interface ImportCommandDeps {
  env: Record<string, string | undefined>;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  /** An open database to use instead of the configured one (tests); it is left open. */
  handle?: DbHandle;
  clock?: Clock;
  logger?: Logger;
}

function progressBar(stderr: ImportCommandDeps['stderr'], kind: string) {
  if (stderr.isTTY !== true) return { update: (_p: ImportProgress) => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    {
      stream: stderr,
      format: `${kind} |{bar}| {percentage}% · {rows} rows · {phase}`,
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(p: ImportProgress) {
      if (!started) bar.start(p.bytesTotal || 1, 0, { rows: 0, phase: p.phase });
      started = true;
      bar.update(p.bytesRead, { rows: p.rows, phase: p.phase });
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}

/** `npm run import`: returns the exit code (0 done, 1 rejected or failed, 2 usage). */
export async function importCommand(argv: readonly string[], deps: ImportCommandDeps): Promise<number> {
  const say = (stream: NodeJS.WritableStream, text: string) => stream.write(`${text}\n`);
  const parsed = parseImportArgs(argv);
  if (!parsed.ok) {
    if (parsed.message === null) {
      say(deps.stdout, USAGE);
      return 0;
    }
    say(deps.stderr, `import: ${parsed.message}\n${USAGE}`);
    return 2;
  }
  const { options } = parsed;
  if (!(await stat(options.file).catch(() => null))?.isFile()) {
    say(deps.stderr, `import: file not found: ${options.file}\n${USAGE}`);
    return 2;
  }

  let handle = deps.handle;
  let logger = deps.logger;
  try {
    if (!handle || !logger) {
      const config = loadConfig(deps.env);
      // Routine progress stays off the terminal unless LOG_LEVEL asks for it.
      const level = deps.env.LOG_LEVEL ? config.logLevel : 'warn';
      logger ??= createLogger({ level, destination: deps.stderr });
      if (!handle) {
        handle = await openDatabase(config);
        await migrateToLatest(handle.db);
      }
    }
  } catch (err) {
    if (err instanceof ConfigError) {
      say(deps.stderr, err.message);
      return 2;
    }
    say(deps.stderr, `import: cannot open the database: ${err instanceof Error ? err.message : String(err)}`);
    if (handle && handle !== deps.handle) await handle.close().catch(() => {});
    return 1;
  }

  const bar = progressBar(deps.stderr, options.kind);
  try {
    const result = await runImport(handle, deps.clock ?? systemClock, logger, {
      ...options,
      onProgress: bar.update,
    });
    bar.stop();
    for (const line of reportLines(result)) say(deps.stdout, line);
    return result.state === 'committed' ? 0 : 1;
  } catch (err) {
    bar.stop();
    if (err instanceof ImportUsageError) {
      say(deps.stderr, `import: ${err.message}\n${USAGE}`);
      return 2;
    }
    say(deps.stderr, `import failed: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  } finally {
    if (handle !== deps.handle) await handle.close();
  }
}
