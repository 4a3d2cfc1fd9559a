import { loadTeamCalendar } from '../../src/app/team-calendar.js';
import { readTeamSettings } from '../../src/app/team-settings.js';
import { OffsetClock } from '../../src/clock.js';
import { localDateIn } from '../../src/domain/local-date.js';
import { instantAt, localTimeIn } from '../../src/domain/local-time.js';
import type { Logger } from '../../src/logger.js';
import { DAILY_JOBS, RUN_AT_ONCE, type SandboxApp } from './app-port.js';
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
    .select(['id', 'code', 'name', 'timezone', 'calendar_kind', 'settings'])
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
      };
    }),
  };
}

/** Delivers what the jobs queued before answering, so the page shows it when the button is done. */
async function drain(app: SandboxApp): Promise<void> {
  await app.outbox.drain();
}

/**
 * Runs every team's morning posts and today's weekly prompts now, whatever the time; reminders,
 * summaries and the deadline check only once their time has come, so they still name who has not
 * answered (a run already done stays done). Weekly jobs run only on their day of the week.
 */
export async function runTodayNow(
  app: SandboxApp,
): Promise<{ team: string; job: string; outcome: string }[]> {
  const outcomes: { team: string; job: string; outcome: string }[] = [];
  for (const team of await teams(app)) {
    for (const job of DAILY_JOBS) {
      const outcome = await app.scheduler.runIfDue(team.id, job, { ignoreTime: RUN_AT_ONCE.has(job) });
      outcomes.push({ team: team.code, job, outcome: String(outcome) });
    }
  }
  await drain(app);
  return outcomes;
}

/**
 * Moves simulated time forward, then lets the scheduler run whatever became due, as it would have
 * if that much time had really passed. Times of day are read in the chosen team's timezone.
 */
export async function moveClock(
  app: SandboxApp,
  to: (typeof CLOCK_MOVES)[number],
  teamId: number | undefined,
  logger: Logger,
): Promise<{ moved: boolean }> {
  const clock = app.clock;
  if (!(clock instanceof OffsetClock))
    throw new HttpError(409, 'this bot runs on real time; the sandbox clock cannot be moved');
  const all = await teams(app);
  const team = teamId === undefined ? all[0] : all.find((t) => t.id === teamId);
  if (!team) throw new HttpError(400, `invalid request: teamId: there is no team ${teamId ?? ''}`.trim());
  const now = clock.now();
  const settings = readTeamSettings(team.settings);
  const today = localDateIn(now, team.timezone);
  let target: Date;
  if (to === 'next_hour') target = new Date(now.getTime() + HOUR_MS);
  else if (to === 'next_day') target = new Date(now.getTime() + 24 * HOUR_MS);
  else if (to === 'evening') target = instantAt(today, settings.deadlineTime, team.timezone);
  else if (to === 'next_checkin')
    target = nextCheckIn(await loadTeamCalendar(app.db, team, logger), settings, team.timezone, now) ?? now;
  else if (to === 'next_weekly_report')
    target =
      nextWeeklyReport(await loadTeamCalendar(app.db, team, logger), settings, team.timezone, now) ?? now;
  else if (to === 'next_monthly_report')
    target = nextMonthlyReport(await loadTeamCalendar(app.db, team, logger), settings, team.timezone, now);
  else {
    // The next morning the team works: weekends and public holidays are stepped over.
    const calendar = await loadTeamCalendar(app.db, team, logger);
    const morning = instantAt(today, settings.postTime, team.timezone);
    const day = calendar.isWorkingDay(today) && morning > now ? today : calendar.nextWorkingDay(today);
    target = instantAt(day, settings.postTime, team.timezone);
  }
  const before = clock.offset;
  clock.moveTo(target);
  await app.scheduler.tick();
  await drain(app);
  return { moved: clock.offset !== before };
}
