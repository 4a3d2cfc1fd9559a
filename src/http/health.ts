import { sql } from 'kysely';
import type { PlatformEdge } from '../chat/edge.js';
import type { Clock } from '../clock.js';
import type { Db } from '../db/connect.js';
import { createMigrator } from '../db/migrate.js';
import { outboxBacklog } from '../outbox/outbox.repository.js';

/** One part of the health report. */
export interface HealthPart {
  ok: boolean;
  detail: string;
}

/** What GET /healthz answers: every part, and the names of those failing. */
export interface HealthReport {
  ok: boolean;
  failing: string[];
  parts: Record<string, HealthPart & Record<string, unknown>>;
}

export interface HealthOptions {
  db: Db;
  clock: Clock;
  edges: readonly PlatformEdge[];
  /** A message due this long ago and still undelivered means delivery is stuck. */
  maxDeliveryLagMs?: number;
  /** How long the database may take to answer before it counts as unreachable. */
  queryTimeoutMs?: number;
}

function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

const seconds = (ms: number) => Math.max(0, Math.round(ms / 1000));

/** Checks the database, its migrations, the outbox backlog and each platform edge. */
export async function checkHealth(options: HealthOptions): Promise<HealthReport> {
  const timeout = options.queryTimeoutMs ?? 2_000;
  const lagLimit = options.maxDeliveryLagMs ?? 10 * 60_000;
  const parts: HealthReport['parts'] = {};
  try {
    await withTimeout(sql`SELECT 1`.execute(options.db), timeout, 'the database');
    parts.database = { ok: true, detail: 'answers queries' };
  } catch (err) {
    parts.database = { ok: false, detail: err instanceof Error ? err.message : String(err) };
  }
  if (parts.database.ok) {
    const steps = await withTimeout(createMigrator(options.db).getMigrations(), timeout, 'the database');
    const pending = steps.filter((m) => m.executedAt === undefined).map((m) => m.name);
    parts.migrations = pending.length
      ? { ok: false, detail: `not applied: ${pending.join(', ')}`, pending }
      : { ok: true, detail: `all ${steps.length} applied` };
    const now = options.clock.now();
    const backlog = await withTimeout(outboxBacklog(options.db, now), timeout, 'the database');
    const age = backlog.oldestQueuedAt ? seconds(now.getTime() - backlog.oldestQueuedAt.getTime()) : 0;
    const lagMs = backlog.oldestDueAt ? now.getTime() - backlog.oldestDueAt.getTime() : 0;
    parts.outbox =
      lagMs > lagLimit
        ? {
            ok: false,
            detail: `a message due ${seconds(lagMs)} s ago is still undelivered`,
            oldestPendingSeconds: age,
          }
        : { ok: true, detail: `oldest pending message ${age} s old`, oldestPendingSeconds: age };
  } else {
    // Not failures of their own: the failing part is the database.
    const skipped = { ok: false, checked: false, detail: 'not checked: the database is unreachable' };
    parts.migrations = skipped;
    parts.outbox = skipped;
  }
  for (const edge of options.edges) {
    const connected = edge.connected();
    parts[edge.port.platform] = {
      ok: connected,
      detail: connected ? 'connected' : 'not connected',
    };
  }
  const failing = Object.entries(parts)
    .filter(([, part]) => !part.ok && part.checked !== false)
    .map(([name]) => name);
  return { ok: failing.length === 0, failing, parts };
}
