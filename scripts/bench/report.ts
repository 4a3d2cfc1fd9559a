// npm run bench:report: all 50 teams' monthly aging analyses (without charts) over 100,000
// receivables with twelve months of payments, against one plain SQL aggregate of the same
// month-end balances measured in the same run; then the time per chart and the peak memory.
import { sql } from 'kysely';
import pino from 'pino';
import { type ChartDrawer, chartBlock, noCharts } from '../../src/app/reports/chart-image.js';
import { monthlyFigures, renderMonthly } from '../../src/app/reports/monthly/monthly-report.js';
import { loadReportData } from '../../src/app/reports/report-data.js';
import { loadReportTeam } from '../../src/app/reports/report-service.js';
import { monthPeriod } from '../../src/domain/kpi/period.js';
import { addDays, addMonths, localDateIn, startOfMonth } from '../../src/domain/local-date.js';
import { openBenchDatabase } from './bench-database.js';

const total = Number(process.env.BENCH_RECEIVABLES ?? 100_000);
// The open book comes from the demo generator; settled invoices of the last twelve months fill the rest.
const history = Math.round(total * 0.4);
const now = new Date();
const today = localDateIn(now, 'Asia/Shanghai');
const monthEnd = addDays(startOfMonth(today), -1);
const logger = pino({ level: 'silent' });
const bench = await openBenchDatabase();
const handle = bench.handle;

try {
  process.stdout.write(`Seeding ${total - history} open-book receivables over 50 teams (separate process)… `);
  bench.seedDemo({ teams: 50, collectors: 1000, customers: 20000, receivables: total - history });
  process.stdout.write(`done; adding ${history} invoices settled over twelve months… `);
  const from = addMonths(startOfMonth(today), -12);
  await sql`SELECT setseed(0.42)`.execute(handle.db);
  await sql`
    WITH cust AS (SELECT row_number() OVER (ORDER BY id) AS n, id, team_id, owner_id, credit_currency, payment_terms_days FROM customers),
    src AS (
      SELECT g, c.*, (${from}::date + (random() * 330)::int) AS issued, (1000 + (random() * 499000)::int)::bigint * 100 AS amount
      FROM generate_series(1, ${history}) g JOIN cust c ON c.n = (g % (SELECT count(*) FROM cust)) + 1),
    ins AS (
      INSERT INTO receivables (external_id, customer_id, team_id, collector_id, invoice_no, kind, currency, amount, outstanding, issued_on, due_on, status)
      SELECT 'H-' || g, id, team_id, owner_id, 'HIST-' || g, 'invoice', credit_currency, amount, 0, issued, issued + payment_terms_days, 'paid'
      FROM src RETURNING id, customer_id, currency, amount, due_on, issued_on),
    pay AS (
      INSERT INTO payments (external_id, customer_id, receivable_id, currency, amount, received_on, source)
      SELECT 'HP-' || id, customer_id, id, currency, amount,
        LEAST(GREATEST(due_on + (random() * 50)::int - 10, issued_on), ${today}::date - 1), 'import'
      FROM ins RETURNING id, receivable_id, amount)
    INSERT INTO payment_allocations (payment_id, receivable_id, amount) SELECT id, receivable_id, amount FROM pay`.execute(
    handle.db,
  );
  await sql`ANALYZE`.execute(handle.db);
  const counts = await sql<{ receivables: number; payments: number; allocations: number }>`
    SELECT (SELECT count(*) FROM receivables)::int AS receivables, (SELECT count(*) FROM payments)::int AS payments,
      (SELECT count(*) FROM payment_allocations)::int AS allocations`.execute(handle.db);
  const c = counts.rows[0];
  process.stdout.write(
    `done (${c?.receivables} receivables, ${c?.payments} payments, ${c?.allocations} allocations)\n`,
  );

  // Baseline: the month-end balances the report shows (team × currency × aging bucket, at each of
  // the twelve month ends of its trend), replayed from the ledger in one plain SQL aggregate.
  const baseStart = performance.now();
  const base = await sql`
    WITH ends AS (SELECT (date_trunc('month', ${monthEnd}::date) - make_interval(months => k) + interval '1 month - 1 day')::date AS d
                  FROM generate_series(0, 11) k),
    items AS (SELECT r.id, r.team_id, r.currency, r.amount, r.due_on, COALESCE(r.issued_on, r.due_on - c.payment_terms_days) AS issued
              FROM receivables r JOIN customers c ON c.id = r.customer_id WHERE r.status NOT IN ('cancelled', 'written_off')),
    paid AS (SELECT e.d, a.receivable_id, sum(a.amount) AS amount FROM ends e
             JOIN payments p ON p.received_on <= e.d JOIN payment_allocations a ON a.payment_id = p.id GROUP BY e.d, a.receivable_id),
    owed AS (SELECT e.d, i.team_id, i.currency, e.d - i.due_on AS late, i.amount - COALESCE(p.amount, 0) AS owed
             FROM ends e JOIN items i ON i.issued <= e.d LEFT JOIN paid p ON p.d = e.d AND p.receivable_id = i.id)
    SELECT d, team_id, currency,
      CASE WHEN late <= 0 THEN 'not_due' WHEN late <= 30 THEN 'd1_30' WHEN late <= 60 THEN 'd31_60' WHEN late <= 90 THEN 'd61_90'
           WHEN late <= 180 THEN 'd91_180' WHEN late <= 365 THEN 'd181_365' ELSE 'over_365' END AS bucket,
      sum(owed) AS amount, count(*) AS items
    FROM owed WHERE owed > 0 GROUP BY 1, 2, 3, 4`.execute(handle.db);
  const baseline = performance.now() - baseStart;

  const teams = await handle.db.selectFrom('teams').select('id').orderBy('id').execute();
  const period = monthPeriod(monthEnd);
  bench.resetPeak();
  const perTeam: number[] = [];
  const phase = { reads: 0, figures: 0, rendering: 0 };
  let sheetsBytes = 0;
  let parts = 0;
  const started = performance.now();
  for (const team of teams) {
    const t0 = performance.now();
    const rt = await loadReportTeam(handle.db, logger, team.id, now);
    const data = await loadReportData(handle.db, rt, period, period.end);
    const t1 = performance.now();
    const figures = monthlyFigures(data);
    const t2 = performance.now();
    const output = renderMonthly(figures, rt.team, rt.m, [], noCharts);
    phase.reads += t1 - t0;
    phase.figures += t2 - t1;
    phase.rendering += performance.now() - t2;
    sheetsBytes += Buffer.byteLength(output.workbook.contentBase64, 'base64');
    parts += output.thread.length;
    perTeam.push(performance.now() - t0);
  }
  const reports = performance.now() - started;
  const reportsPeak = bench.peakRss();

  // The first chart also loads ECharts and the font into memory, once per process; timed apart.
  const firstStart = performance.now();
  chartBlock(
    { title: '账龄分布', categories: ['1–30天'], series: [], axes: [{ name: 'CNY', format: 'number' }] },
    'warm-up.png',
    '',
  );
  const firstChart = performance.now() - firstStart;
  // The charts of the first five teams' reports, each timed as it is drawn.
  const chartMs: number[] = [];
  const timed: ChartDrawer = (spec, file, alt) => {
    const t0 = performance.now();
    const block = chartBlock(spec, file, alt);
    chartMs.push(performance.now() - t0);
    return block;
  };
  for (const team of teams.slice(0, 5)) {
    const rt = await loadReportTeam(handle.db, logger, team.id, now);
    renderMonthly(
      monthlyFigures(await loadReportData(handle.db, rt, period, period.end)),
      rt.team,
      rt.m,
      [],
      timed,
    );
  }
  chartMs.sort((a, b) => a - b);
  const q = (p: number) => chartMs[Math.min(chartMs.length - 1, Math.floor(chartMs.length * p))] ?? 0;
  perTeam.sort((a, b) => a - b);
  const lines = [
    `plain SQL aggregate of the month-end balances (${base.rows.length} team × currency × bucket × month rows, 12 month ends): ${baseline.toFixed(0)} ms (baseline, same run)`,
    `all ${teams.length} teams' monthly aging analyses for ${period.label}, without charts: ${reports.toFixed(0)} ms (${parts} thread parts, ${(sheetsBytes / 1024).toFixed(0)} KiB of .xlsx; per team p50 ${perTeam[Math.floor(perTeam.length / 2)]?.toFixed(0)} ms, max ${perTeam.at(-1)?.toFixed(0)} ms)`,
    `  of which reading ${phase.reads.toFixed(0)} ms, figures ${phase.figures.toFixed(0)} ms, tables and .xlsx ${phase.rendering.toFixed(0)} ms`,
    `target 2 × baseline = ${(2 * baseline).toFixed(0)} ms: ${reports <= 2 * baseline ? 'met' : 'missed'} (ratio ${(reports / baseline).toFixed(2)} × baseline)`,
    `per chart (${chartMs.length} charts of 5 teams): p50 ${q(0.5).toFixed(0)} ms, p95 ${q(0.95).toFixed(0)} ms, max ${chartMs.at(-1)?.toFixed(0)} ms (the process's first chart, loading ECharts and the font: ${firstChart.toFixed(0)} ms); target ≤ 300 ms: ${(chartMs.at(-1) ?? 0) <= 300 ? 'met' : 'missed'}`,
    `peak RSS: ${(reportsPeak / 1024 / 1024).toFixed(0)} MB building the reports, ${(bench.peakRss() / 1024 / 1024).toFixed(0)} MB with the charts (target < 400 MB)`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
} finally {
  await bench.close();
}
