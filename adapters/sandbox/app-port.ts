import type { SandboxDirectory } from '../../src/app/sandbox-directory.js';
import type { Interaction } from '../../src/chat/interaction.js';
import type { Reply } from '../../src/chat/reply.js';
import type { Clock } from '../../src/clock.js';
import type { Db } from '../../src/db/connect.js';
import type { TimedJob } from './clock-steps.js';

/**
 * The jobs the clock control can run now, in the order of a working day: the daily rhythm, the
 * weekly check-ins and the reports (a weekly or monthly job runs only on its day).
 */
export const DAILY_JOBS = [
  'morning',
  'plan_prompt',
  'plan_reminder',
  'plan_summary',
  'result_prompt',
  'result_reminder',
  'weekly_report',
  'deadline',
  'result_summary',
  'monthly_report',
] as const;

/** The jobs "run today's jobs now" starts whatever the time; the others wait for their hour. */
export const RUN_AT_ONCE: ReadonlySet<string> = new Set(['morning', 'plan_prompt', 'result_prompt']);

/** The part of the Duebot app the sandbox drives: the router, the scheduler, the outbox and time. */
export interface SandboxApp {
  readonly db: Db;
  /** Moved by the clock control when it is an `OffsetClock`; otherwise time runs as it is. */
  readonly clock: Clock;
  handle(interaction: Interaction): Promise<Reply>;
  readonly scheduler: {
    /** Every job and its time of day, so a clock move can stop at each one it passes. */
    readonly jobs: readonly TimedJob[];
    /** Runs what is due now; outcomes keyed `job@teamId`. */
    tick(): Promise<ReadonlyMap<string, string>>;
    runIfDue(teamId: number, job: string, options: { ignoreTime: boolean }): Promise<unknown>;
  };
  readonly outbox: { drain(): Promise<number>; nudge(): void };
}

export type { SandboxDirectory };

/** Who and where the workspace is (chat id = team code, user id = e-mail), bound on first use. */
export type DirectoryLoader = (db: Db, now: Date) => Promise<SandboxDirectory>;
