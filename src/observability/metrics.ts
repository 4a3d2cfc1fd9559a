import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Db } from '../db/connect.js';
import { outboxDepth } from '../outbox/outbox.repository.js';

/** The outbox states a depth is always reported for, so a scrape shows zeros rather than gaps. */
const OUTBOX_STATES = ['pending', 'sending', 'sent', 'dead'] as const;

/**
 * Duebot's Prometheus metrics, one registry per running bot. Labels carry only platform, job,
 * kind and outcome names: never a person, customer, chat or secret.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly deliveries: Counter<'platform'>;
  private readonly retries: Counter<'platform'>;
  private readonly rateLimitWaits: Counter<'platform'>;
  private readonly deadLetters: Counter<'platform'>;
  private readonly jobRuns: Counter<'job' | 'outcome'>;
  private readonly jobClaims: Counter<'job' | 'result'>;
  private readonly interactionSeconds: Histogram<'kind' | 'platform'>;
  private readonly imports: Counter<'kind' | 'outcome'>;
  private readonly importRows: Counter<'kind' | 'outcome'>;

  /** `db` is read at scrape time for the outbox depth. */
  constructor(db: Db, options: { processMetrics?: boolean } = {}) {
    const registers = [this.registry];
    const counter = <L extends string>(name: string, help: string, labelNames: L[]) =>
      new Counter<L>({ name, help, labelNames, registers });
    if (options.processMetrics ?? true) collectDefaultMetrics({ register: this.registry, prefix: 'duebot_' });
    new Gauge({
      name: 'duebot_outbox_messages',
      help: 'Messages in the outbox by delivery state',
      labelNames: ['state'],
      registers,
      async collect() {
        const depth = await outboxDepth(db);
        for (const state of new Set([...OUTBOX_STATES, ...Object.keys(depth)]))
          this.set({ state }, depth[state] ?? 0);
      },
    });
    this.deliveries = counter('duebot_outbox_deliveries_total', 'Messages delivered to a chat platform', [
      'platform',
    ]);
    this.retries = counter(
      'duebot_outbox_retries_total',
      'Deliveries that failed transiently and were scheduled again',
      ['platform'],
    );
    this.rateLimitWaits = counter(
      'duebot_outbox_rate_limit_waits_total',
      'Deliveries the platform asked to wait for (429 or its rate-limit code)',
      ['platform'],
    );
    this.deadLetters = counter(
      'duebot_outbox_dead_total',
      'Messages given up on after permanent errors or too many attempts',
      ['platform'],
    );
    this.jobRuns = counter(
      'duebot_job_runs_total',
      'Scheduled job attempts by outcome (ran, already_ran, failed, not_yet …)',
      ['job', 'outcome'],
    );
    this.jobClaims = counter(
      'duebot_job_claims_total',
      'Claims of a scheduled run across instances: won by this process or taken by another',
      ['job', 'result'],
    );
    this.interactionSeconds = new Histogram({
      name: 'duebot_interaction_seconds',
      help: 'Time to handle one command, button or form, from receipt to the answer',
      labelNames: ['kind', 'platform'],
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    });
    this.imports = counter('duebot_imports_total', 'Ledger and roster imports by kind and outcome', [
      'kind',
      'outcome',
    ]);
    this.importRows = counter(
      'duebot_import_rows_total',
      'Rows read by imports: written, rejected, or skipped as subtotal/total/footer rows',
      ['kind', 'outcome'],
    );
  }

  delivered(platform: string): void {
    this.deliveries.inc({ platform });
  }

  retried(platform: string): void {
    this.retries.inc({ platform });
  }

  rateLimited(platform: string): void {
    this.rateLimitWaits.inc({ platform });
  }

  gaveUp(platform: string): void {
    this.deadLetters.inc({ platform });
  }

  jobRun(job: string, outcome: string): void {
    this.jobRuns.inc({ job, outcome });
  }

  jobClaim(job: string, won: boolean): void {
    this.jobClaims.inc({ job, result: won ? 'won' : 'lost' });
  }

  /** Records one handled interaction's duration in seconds. */
  interactionHandled(kind: string, platform: string, seconds: number): void {
    this.interactionSeconds.observe({ kind, platform }, seconds);
  }

  imported(
    kind: string,
    outcome: string,
    rows: { written: number; rejected: number; skipped: number },
  ): void {
    this.imports.inc({ kind, outcome });
    this.importRows.inc({ kind, outcome: 'written' }, rows.written);
    this.importRows.inc({ kind, outcome: 'rejected' }, rows.rejected);
    this.importRows.inc({ kind, outcome: 'skipped' }, rows.skipped);
  }

  /** The Prometheus text exposition of every metric. */
  text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
