import { loadTeamCalendar } from '../app/team-calendar.js';
import { readTeamSettings } from '../app/team-settings.js';
import type { Clock } from '../clock.js';
import type { Db } from '../db/connect.js';
import type { TeamRow } from '../db/schema/index.js';
import type { WorkingCalendar } from '../domain/calendar.js';
import { dayOfWeek, localDateIn } from '../domain/local-date.js';
import { localTimeIn } from '../domain/local-time.js';
import type { Logger } from '../logger.js';
import type { Metrics } from '../observability/metrics.js';
import { type JobDefinition, runKeyOf } from './job.js';
import type { PgRunCoordinator } from './run-coordinator.js';
import { everyMinute, type Ticker } from './ticker.js';

export interface SchedulerOptions {
  db: Db;
  clock: Clock;
  logger: Logger;
  jobs: readonly JobDefinition[];
  coordinator: PgRunCoordinator;
  /** Called after a run wrote messages, so the outbox can deliver them right away. */
  afterRun?: () => void;
  /** Counts runs by outcome and claims won or lost. */
  metrics?: Metrics;
  /** What wakes the scheduler; every minute of real time by default. */
  ticker?: Ticker;
}

/** A failed run is tried again after this long; a day without the job is looked at again after that. */
const RETRY_FAILED_MS = 5 * 60_000;
const LOOK_AGAIN_MS = 15 * 60_000;
const FORGET_AFTER_MS = 2 * 24 * 60 * 60_000;

export type RunOutcome = 'ran' | 'already_ran' | 'not_working_day' | 'not_today' | 'not_yet' | 'failed';

/**
 * Runs the collection rhythm. Once a minute it reads every team and its settings afresh and runs
 * what is due by the clock, so a team imported or a time changed while Duebot runs counts at
 * once: a time moved earlier runs today if it is still ahead, a time moved later waits for it.
 * Every beat, catch-up and manual run goes through one path that claims the run once across processes.
 */
export class Scheduler {
  private readonly ticker: Ticker;
  /** Runs this process need not look at again before a time (ms): done today, failed, not today. */
  private readonly quiet = new Map<string, { until: number; at: number }>();
  private beating = false;

  constructor(private readonly options: SchedulerOptions) {
    this.ticker = options.ticker ?? everyMinute();
  }

  /** The jobs this scheduler runs, with their times of day. */
  get jobs(): readonly JobDefinition[] {
    return this.options.jobs;
  }

  /** Catches up today's runs that were missed while the bot was down, then wakes every minute. */
  async start(): Promise<void> {
    await this.tick();
    this.ticker.start(() => this.beat());
  }

  /**
   * One look at the clock: runs each team's jobs whose time has come today and that have not run,
   * reading teams and settings from the database each time. A beat never overlaps the one before.
   */
  async beat(): Promise<void> {
    if (this.beating) return;
    this.beating = true;
    try {
      const { db, clock, logger } = this.options;
      const now = clock.now();
      this.forgetOld(now.getTime());
      const teams = await db.selectFrom('teams').selectAll().orderBy('id').execute();
      for (const team of teams) {
        const settings = readTeamSettings(team.settings);
        const today = localDateIn(now, team.timezone);
        const time = localTimeIn(now, team.timezone);
        const due = this.options.jobs.filter((job) => {
          if (time < job.timeOf(settings)) return false;
          return (this.quiet.get(runKeyOf(job.name, team.id, today))?.until ?? 0) <= now.getTime();
        });
        if (due.length === 0) continue;
        const calendar = await loadTeamCalendar(db, team, logger);
        for (const job of due) {
          const outcome = await this.runFor(team, calendar, job, {});
          const wait =
            outcome === 'ran' || outcome === 'already_ran'
              ? Number.POSITIVE_INFINITY
              : outcome === 'failed'
                ? RETRY_FAILED_MS
                : LOOK_AGAIN_MS;
          const key = runKeyOf(job.name, team.id, today);
          this.quiet.set(key, { until: now.getTime() + wait, at: now.getTime() });
        }
      }
    } catch (err) {
      this.options.logger.error(
        { err },
        'the scheduler could not look at what is due; it looks again in a minute',
      );
    } finally {
      this.beating = false;
    }
  }

  private forgetOld(now: number): void {
    for (const [key, entry] of this.quiet) if (now - entry.at > FORGET_AFTER_MS) this.quiet.delete(key);
  }

  /** Runs every job that is due now for every team and has not run today (start-up catch-up, simulated time). */
  async tick(): Promise<Map<string, RunOutcome>> {
    const outcomes = new Map<string, RunOutcome>();
    const teams = await this.options.db.selectFrom('teams').selectAll().orderBy('id').execute();
    for (const team of teams) {
      // One calendar per team and tick: every job of the team reads the same day.
      const calendar = await loadTeamCalendar(this.options.db, team, this.options.logger);
      for (const job of this.options.jobs)
        outcomes.set(`${job.name}@${team.id}`, await this.runFor(team, calendar, job, {}));
    }
    return outcomes;
  }

  /** Runs a team's job for today if it is a working day, its time has come (unless `ignoreTime`) and it has not run. */
  async runIfDue(
    teamId: number,
    jobName: string,
    options: { ignoreTime?: boolean } = {},
  ): Promise<RunOutcome> {
    const { db, logger } = this.options;
    const job = this.options.jobs.find((j) => j.name === jobName);
    const team = await db.selectFrom('teams').selectAll().where('id', '=', teamId).executeTakeFirst();
    if (!job || !team) return 'not_today';
    return this.runFor(team, await loadTeamCalendar(db, team, logger), job, options);
  }

  private async runFor(
    team: TeamRow,
    calendar: WorkingCalendar,
    job: JobDefinition,
    options: { ignoreTime?: boolean },
  ): Promise<RunOutcome> {
    const outcome = await this.attempt(team, calendar, job, options);
    this.options.metrics?.jobRun(job.name, outcome);
    return outcome;
  }

  private async attempt(
    team: TeamRow,
    calendar: WorkingCalendar,
    job: JobDefinition,
    options: { ignoreTime?: boolean },
  ): Promise<RunOutcome> {
    const { db, clock, logger, coordinator, metrics } = this.options;
    const now = clock.now();
    const today = localDateIn(now, team.timezone);
    const settings = readTeamSettings(team.settings);
    if (!calendar.isWorkingDay(today)) return 'not_working_day';
    if (job.weekdays && !job.weekdays.includes(dayOfWeek(today))) return 'not_today';
    if (job.runsOn && !job.runsOn(today, calendar)) return 'not_today';
    if (!options.ignoreTime && localTimeIn(now, team.timezone) < job.timeOf(settings)) return 'not_yet';
    const runKey = runKeyOf(job.name, team.id, today);
    if (await coordinator.hasRun(db, job.name, runKey)) return 'already_ran';
    try {
      const ran = await db.transaction().execute(async (trx) => {
        const won = await coordinator.claim(trx, job.name, runKey, team.id);
        metrics?.jobClaim(job.name, won);
        if (!won) return false;
        await job.run({ db: trx, team, settings, calendar, today, now, runKey });
        await coordinator.finish(trx, job.name, runKey);
        return true;
      });
      if (!ran) return 'already_ran';
      logger.info({ job: job.name, team: team.code, date: today }, 'scheduled run done');
      this.options.afterRun?.();
      return 'ran';
    } catch (err) {
      logger.error(
        { err, job: job.name, team: team.code, date: today },
        'scheduled run failed; it will be tried again',
      );
      await coordinator.recordFailure(
        db,
        job.name,
        runKey,
        team.id,
        err instanceof Error ? err.message : String(err),
      );
      return 'failed';
    }
  }

  /** Stops waking; a beat under way finishes on its own. */
  async stop(): Promise<void> {
    await this.ticker.stop();
  }
}
