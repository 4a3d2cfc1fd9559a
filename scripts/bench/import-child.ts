// Runs one receivables import in a process of its own, as `npm run import` would, and prints
// its figures as JSON: the memory measured is the import's, not the bench harness's.
import { systemClock } from '../../src/clock.js';
import { openPostgres } from '../../src/db/connect.js';
import { runImport } from '../../src/import/run-import.js';
import { createLogger } from '../../src/logger.js';

const [url, file] = process.argv.slice(2);
if (!url || !file) throw new Error('usage: import-child <database url> <file>');
const handle = openPostgres(url, 2);
try {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 10);
  const logger = createLogger({ level: 'warn', destination: process.stderr });
  const started = performance.now();
  const result = await runImport(handle, systemClock, logger, { kind: 'receivables', file });
  const importMs = performance.now() - started;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const { state, rows, inserted, phasesMs, issues } = result;
  const maxRss = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(
    `${JSON.stringify({ state, rows, inserted, phasesMs, issues: issues.slice(0, 5), importMs, peak, maxRss })}\n`,
  );
} finally {
  await handle.close();
}
