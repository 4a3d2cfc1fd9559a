import { loadTeamCalendar } from '../../src/app/team-calendar.js';
import { readTeamSettings } from '../../src/app/team-settings.js';
import { OffsetClock } from '../../src/clock.js';
import { localDateIn } from '../../src/domain/local-date.js';
import { instantAt, localTimeIn } from '../../src/domain/local-time.js';
import type { Logger } from '../../src/logger.js';
import { DAILY_JOBS, RUN_AT_ONCE, type SandboxApp } from './app-port.js';
import { dueInstantsBetween } from './clock-steps.js';
import { saveSandboxClock } from './clock-store.js';
import { HttpError } from './http.js';
import { nextCheckIn } from './next-check-in.js';
import { nextMonthlyReport, nextWeeklyReport } from './next-report.js';
import type { CLOCK_MOVES } from './schemas.js';

const HOUR_MS = 3_600_000;

export interface TeamTime {
  teamId: number;
  code: string;
  name: string;
  timezone: string;
  date: string;
  time: string;
  postTime: string;
  deadlineTime: string;
  locale: string;
}

export interface ClockState {
  now: string;
  offsetMs: number;
  /** False when the bot runs on real time, which the page cannot move. */
  movable: boolean;
  teams: TeamTime[];
}

async function teams(app: SandboxApp) {
  return app.db
    .selectFrom('teams')
    .select(['id', 'code', 'name', 'timezone', 'calendar_kind', 'settings', 'locale'])
    .orderBy('id')
    .execute();
}

/** Simulated now, and what date and time that is for each team. */
export async function clockState(app: SandboxApp): Promise<ClockState> {
  const now = app.clock.now();
  return {
    now: now.toISOString(),
    offsetMs: app.clock instanceof OffsetClock ? app.clock.offset : 0,
    movable: app.clock instanceof OffsetClock,
    teams: (await teams(app)).map((t) => {
      const settings = readTeamSettings(t.settings);
      return {
        teamId: t.id,
        code: t.code,
        name: t.name,
        timezone: t.timezone,
        date: localDateIn(now, t.timezone),
        time: localTimeIn(now, t.timezone),
        postTime: settings.postTime,
        deadlineTime: settings.deadlineTime,
        locale: t.locale,
      };
    }),
  };
}

/** Delivers what the jobs queued before answering, so the page shows it when the button is done. */
async function drain(app: SandboxApp): Promise<void> {
  await app.outbox.drain();
}

/** One job run for one team on its local date. */
export interface JobRun {
  team: string;
  job: string;
  date: string;
}

/** What "run today's jobs now" did for each team and job, and which already ran earlier today. */
export interface TodayOutcome extends JobRun {
  outcome: string;
}

/**
 * Runs every team's morning posts and today's weekly prompts now, whatever the time; reminders,
 * summaries and the deadline check only once their time has come, so they still name who has not
 * answered (a run already done stays done). Weekly jobs run only on their day of the week.
 */
export async function runTodayNow(app: SandboxApp): Promise<TodayOutcome[]> {
  const outcomes: TodayOutcome[] = [];
  const now = app.clock.now();
  for (const team of await teams(app)) {
    const date = localDateIn(now, team.timezone);
    for (const job of DAILY_JOBS) {
      const outcome = await app.scheduler.runIfDue(team.id, job, { ignoreTime: RUN_AT_ONCE.has(job) });
      outcomes.push({ team: team.code, job, date, outcome: String(outcome) });
    }
  }
  await drain(app);
  return outcomes;
}

/** Where a move goes: a time of day or the next step of the rhythm, in the team's timezone. */
async function targetOf(
  app: SandboxApp,
  to: (typeof CLOCK_MOVES)[number],
  team: Awaited<ReturnType<typeof teams>>[number],
  now: Date,
  logger: Logger,
): Promise<Date> {
  const settings = readTeamSettings(team.settings);
  const today = localDateIn(now, team.timezone);
  if (to === 'next_hour') return new Date(now.getTime() + HOUR_MS);
  if (to === 'next_day') return new Date(now.getTime() + 24 * HOUR_MS);
  if (to === 'evening') return instantAt(today, settings.deadlineTime, team.timezone);
  const calendar = await loadTeamCalendar(app.db, team, logger);
  if (to === 'next_checkin') return nextCheckIn(calendar, settings, team.timezone, now) ?? now;
  if (to === 'next_weekly_report') return nextWeeklyReport(calendar, settings, team.timezone, now) ?? now;
  if (to === 'next_monthly_report') return nextMonthlyReport(calendar, settings, team.timezone, now);
  // The next morning the team works: weekends and public holidays are stepped over.
  const morning = instantAt(today, settings.postTime, team.timezone);
  const day = calendar.isWorkingDay(today) && morning > now ? today : calendar.nextWorkingDay(today);
  return instantAt(day, settings.postTime, team.timezone);
}

/**
 * Moves simulated time forward, stopping at every job time on the way so each team's day runs in
 * order (morning, weekly steps, deadline, reports) as if that much time had really passed, and
 * delivering after each stop. Says which runs it made; the new time is kept across restarts.
 */
export async function moveClock(
  app: SandboxApp,
  to: (typeof CLOCK_MOVES)[number],
  teamId: number | undefined,
  logger: Logger,
): Promise<{ moved: boolean; ran: JobRun[] }> {
  const clock = app.clock;
  if (!(clock instanceof OffsetClock))
    throw new HttpError(409, 'this bot runs on real time; the sandbox clock cannot be moved');
  const all = await teams(app);
  const team = teamId === undefined ? all[0] : all.find((t) => t.id === teamId);
  if (!team) throw new HttpError(400, `invalid request: teamId: there is no team ${teamId ?? ''}`.trim());
  const now = clock.now();
  const target = await targetOf(app, to, team, now, logger);
  const before = clock.offset;
  const ran: JobRun[] = [];
  const stops = dueInstantsBetween(all, app.scheduler.jobs, now, target);
  if (stops.at(-1)?.getTime() !== target.getTime()) stops.push(target);
  for (const stop of stops) {
    clock.moveTo(stop);
    const outcomes = await app.scheduler.tick();
    for (const [key, outcome] of outcomes) {
      if (outcome !== 'ran') continue;
      const [job = key, id] = key.split('@');
      const owner = all.find((t) => String(t.id) === id);
      if (owner) ran.push({ team: owner.code, job, date: localDateIn(clock.now(), owner.timezone) });
    }
    await drain(app);
  }
  await saveSandboxClock(app.db, clock.now());
  return { moved: clock.offset !== before, ran };
}
