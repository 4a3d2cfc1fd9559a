import { clear, el, formatInstant } from './dom.js';
import { t } from './labels.js';

// The clock control: simulated date and time for the team in view, and the buttons that run
// today's jobs or move time forward. The display runs on between server updates.

const MOVES = (team) => [
  {
    to: 'evening',
    label: t('moveEvening', { time: team?.deadlineTime ?? '18:00' }),
    testid: 'clock-evening',
  },
  {
    to: 'next_morning',
    label: t('moveMorning', { time: team?.postTime ?? '09:00' }),
    testid: 'clock-next-morning',
  },
  { to: 'next_hour', label: t('moveHour'), testid: 'clock-next-hour' },
  { to: 'next_day', label: t('moveDay'), testid: 'clock-next-day' },
  { to: 'next_checkin', label: t('moveCheckIn'), testid: 'clock-next-checkin' },
  { to: 'next_weekly_report', label: t('moveWeeklyReport'), testid: 'clock-next-weekly-report' },
  { to: 'next_monthly_report', label: t('moveMonthlyReport'), testid: 'clock-next-monthly-report' },
];

/** Renders the panel; `skew` is simulated minus browser time, so the shown time keeps moving. */
export function renderClock(node, { clock, skew, team, busy, onRunToday, onMove }) {
  const now = new Date(Date.now() + skew).toISOString();
  const timeZone = team?.timezone ?? 'UTC';
  const disabled = busy || undefined;
  clear(node).append(
    el('h2', { class: 'nav-title' }, t('clockTitle')),
    el(
      'div',
      { class: 'clock-now', testid: 'clock-now' },
      formatInstant(now, timeZone, true, t('dateLocale')),
    ),
    el(
      'div',
      { class: 'clock-zone' },
      `${timeZone}${team ? ` · ${team.name}` : ''}`,
      clock.offsetMs > 0 ? ` · ${t('ahead', { offset: describeOffset(clock.offsetMs) })}` : '',
    ),
    el(
      'button',
      { type: 'button', class: 'btn btn-primary wide', testid: 'run-today', disabled, onclick: onRunToday },
      busy === 'run' ? t('running') : t('runToday'),
    ),
    el(
      'div',
      { class: 'clock-moves' },
      MOVES(team).map((m) =>
        el(
          'button',
          {
            type: 'button',
            class: 'btn small',
            testid: m.testid,
            disabled: disabled || !clock.movable || undefined,
            title: clock.movable ? undefined : t('realTime'),
            onclick: () => onMove(m.to),
          },
          m.label,
        ),
      ),
    ),
  );
}

function describeOffset(ms) {
  const hours = Math.round(ms / 3_600_000);
  if (hours < 1) return t('minutes', { count: Math.round(ms / 60_000) });
  if (hours < 48) return t('hours', { count: hours });
  return t('days', { count: Math.round(hours / 24) });
}
