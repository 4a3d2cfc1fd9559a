// npm run bench:import — the receivables import against PostgreSQL's own \copy of the same file.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { openPostgres } from '../../src/db/connect.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { BENCH_HEADER, benchCollector, benchCustomer, writeReceivablesCsv } from './receivables-csv.js';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const CUSTOMERS = 20_000;
const COLLECTORS = 1_000;
const adminUrl = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

const ms = (n: number) => `${n.toFixed(0)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

function psqlCopy(url: string, file: string): Promise<{ wallMs: number; timingMs: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(
      'psql',
      [
        url,
        '-X',
        '-q',
        '-v',
        'ON_ERROR_STOP=1',
        '-c',
        '\\timing on',
        '-c',
        `\\copy bench_bare FROM '${file}' CSV HEADER`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (d) => {
      out += String(d);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      if (code !== 0) return reject(new Error(`psql exited with ${code}`));
      const timing = /Time: ([\d.]+) ms/.exec(out);
      resolve({ wallMs, timingMs: timing ? Number(timing[1]) : Number.NaN });
    });
  });
}

interface ChildFigures {
  state: string;
  rows: number;
  inserted: number;
  phasesMs: Record<string, number>;
  importMs: number;
  peak: number;
  maxRss: number;
}

/** Runs the import use case in a fresh process (see import-child.ts) and reads its figures. */
function importInChild(url: string, file: string): Promise<ChildFigures> {
  return new Promise((resolve, reject) => {
    const script = path.join(import.meta.dirname, 'import-child.ts');
    const child = spawn(process.execPath, ['--import', 'tsx', script, url, file], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d) => {
      out += String(d);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`import process exited with ${code}`));
      resolve(JSON.parse(out.trim().split('\n').pop() ?? '{}') as ChildFigures);
    });
  });
}

async function main() {
  const name = `duebot_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const dir = await mkdtemp(path.join(tmpdir(), 'duebot-bench-'));
  const handle = openPostgres(url.toString(), 4);
  try {
    await migrateToLatest(handle.db);
    console.log(`bench database ${name}: 1 team, ${COLLECTORS} collectors, ${CUSTOMERS} customers`);
    await sql`INSERT INTO teams (code, name) VALUES ('BENCH', '压测回款组')`.execute(handle.db);
    await sql`INSERT INTO people (email, name, role, team_id)
      SELECT 'collector' || lpad(g::text, 4, '0') || '@bench.duebot.cn', '收款员' || g, 'collector', 1
      FROM generate_series(1, ${COLLECTORS}) g`.execute(handle.db);
    await sql`INSERT INTO customers (external_id, name, team_id, owner_id, rating, credit_limit, payment_terms_days)
      SELECT 'C' || lpad(g::text, 5, '0'), '压测客户' || g || '有限公司', 1, 1 + g % ${COLLECTORS}, 'B', 100000000, 60
      FROM generate_series(1, ${CUSTOMERS}) g`.execute(handle.db);
    // The helpers and the SQL above must name the same people and customers.
    if (benchCustomer(1) !== 'C00001' || benchCollector(1) !== 'collector0001@bench.duebot.cn')
      throw new Error('bench ids drifted');
    await sql`VACUUM ANALYZE`.execute(handle.db);

    const file = path.join(dir, 'receivables.csv');
    const genStart = performance.now();
    await writeReceivablesCsv(file, ROWS, CUSTOMERS, COLLECTORS);
    const size = (await stat(file)).size;
    console.log(`generated ${ROWS} rows (${mb(size)}) in ${ms(performance.now() - genStart)}: ${file}`);

    const columns = BENCH_HEADER.map((_, i) => `c${i} text`).join(', ');
    await sql.raw(`CREATE TABLE bench_bare (${columns})`).execute(handle.db);
    const copy = await psqlCopy(url.toString(), file);
    console.log(
      `psql \\copy into a bare table: ${ms(copy.wallMs)} wall (psql's own timing ${ms(copy.timingMs)})`,
    );

    const child = await importInChild(url.toString(), file);
    const importMs = child.importMs;
    const result = child;
    if (result.state !== 'committed' || result.inserted !== ROWS) {
      throw new Error(`import did not load every row: ${JSON.stringify(result)}`);
    }
    console.log(
      `import: ${result.inserted} inserted in ${ms(importMs)} — ${Math.round(ROWS / (importMs / 1000))} rows/s`,
    );
    console.log(
      `  phases: ${Object.entries(result.phasesMs)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
    // For reference, after the import and on an emptied table: PostgreSQL alone moving the same
    // rows from the bare table into receivables (indexes, foreign keys), with no import code.
    await sql`TRUNCATE receivables CASCADE`.execute(handle.db);
    const floorMs = await handle.db.transaction().execute(async (trx) => {
      const t0 = performance.now();
      await sql`INSERT INTO receivables (external_id, invoice_no, customer_id, team_id, collector_id, contract_no,
          kind, currency, amount, outstanding, issued_on, due_on)
        SELECT b.c0, b.c1, c.id, c.team_id, p.id, NULLIF(b.c3, ''), 'invoice', b.c5, 100, 100, b.c7::date, b.c8::date
        FROM bench_bare b JOIN customers c ON c.external_id = b.c2 LEFT JOIN people p ON p.email = b.c9`.execute(
        trx,
      );
      return performance.now() - t0;
    });
    console.log(`reference: a plain INSERT … SELECT of those rows into receivables: ${ms(floorMs)}`);
    console.log(
      `ratio import / \\copy: ${(importMs / copy.wallMs).toFixed(1)}× wall (${(importMs / copy.timingMs).toFixed(1)}× psql timing) — target ≤ 3×`,
    );
    console.log(
      `peak RSS of the import process: ${mb(child.maxRss)} (maxRSS; ${mb(child.peak)} sampled during the import) — target < 300 MB`,
    );
  } finally {
    await handle.close();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
