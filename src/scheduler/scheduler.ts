import cron, { type ScheduledTask } from 'node-cron';
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
import { cronCoordinator, type PgRunCoordinator } from './run-coordinator.js';

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
}

export type RunOutcome = 'ran' | 'already_ran' | 'not_working_day' | 'not_today' | 'not_yet' | 'failed';

/**
 * Runs the collection rhythm: node-cron fires each job at the team's local time; every fire,
 * catch-up and manual run goes through `runIfDue`, which claims the run once across processes.
 */
export class Scheduler {
  private tasks: ScheduledTask[] = [];

  constructor(private readonly options: SchedulerOptions) {}

  /** The jobs this scheduler runs, with their times of day. */
  get jobs(): readonly JobDefinition[] {
    return this.options.jobs;
  }

  /** Schedules every team's jobs and catches up today's runs that were missed while the bot was down. */
  async start(): Promise<void> {
    await this.reload();
    await this.tick();
  }

  /** Re-reads teams and their times (after a team or its settings changed). */
  async reload(): Promise<void> {
    await this.stop();
    const teams = await this.options.db.selectFrom('teams').selectAll().execute();
    for (const team of teams) {
      const settings = readTeamSettings(team.settings);
      for (const job of this.options.jobs) {
        const [hour, minute] = job.timeOf(settings).split(':').map(Number);
        const days = job.weekdays ? job.weekdays.join(',') : '*';
        const name = `${job.name}@${team.id}`;
        const task = cron.schedule(
          `${minute} ${hour} * * ${days}`,
          () => this.runIfDue(team.id, job.name).then(() => {}),
          {
            name,
            timezone: team.timezone,
            distributed: true,
            runCoordinator: cronCoordinator(async () => !(await this.alreadyRan(team, job))),
          },
        );
        this.tasks.push(task);
      }
    }
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

  async stop(): Promise<void> {
    for (const task of this.tasks.splice(0)) await task.destroy();
  }

  private async alreadyRan(team: TeamRow, job: JobDefinition): Promise<boolean> {
    const today = localDateIn(this.options.clock.now(), team.timezone);
    return this.options.coordinator.hasRun(this.options.db, job.name, runKeyOf(job.name, team.id, today));
  }
}
