import { clear, el, formatInstant } from './dom.js';

// The clock control: simulated date and time for the team in view, and the buttons that run
// today's jobs or move time forward. The display runs on between server updates.

const MOVES = (team) => [
  { to: 'evening', label: `→ ${team?.deadlineTime ?? '18:00'}`, testid: 'clock-evening' },
  { to: 'next_morning', label: `→ next morning ${team?.postTime ?? '09:00'}`, testid: 'clock-next-morning' },
  { to: 'next_hour', label: '+1 hour', testid: 'clock-next-hour' },
  { to: 'next_day', label: '+1 day', testid: 'clock-next-day' },
  { to: 'next_checkin', label: '→ next weekly check-in', testid: 'clock-next-checkin' },
  { to: 'next_weekly_report', label: '→ Friday report', testid: 'clock-next-weekly-report' },
  { to: 'next_monthly_report', label: '→ 1st of the month', testid: 'clock-next-monthly-report' },
];

/** Renders the panel; `skew` is simulated minus browser time, so the shown time keeps moving. */
export function renderClock(node, { clock, skew, team, busy, onRunToday, onMove }) {
  const now = new Date(Date.now() + skew).toISOString();
  const timeZone = team?.timezone ?? 'UTC';
  const disabled = busy || undefined;
  clear(node).append(
    el('h2', { class: 'nav-title' }, 'Simulated clock'),
    el('div', { class: 'clock-now', testid: 'clock-now' }, formatInstant(now, timeZone, true)),
    el(
      'div',
      { class: 'clock-zone' },
      `${timeZone}${team ? ` · ${team.name}` : ''}`,
      clock.offsetMs > 0 ? ` · ${describeOffset(clock.offsetMs)} ahead` : '',
    ),
    el(
      'button',
      { type: 'button', class: 'btn btn-primary wide', testid: 'run-today', disabled, onclick: onRunToday },
      busy === 'run' ? 'Running…' : "Run today's jobs now",
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
            title: clock.movable ? undefined : 'This bot runs on real time',
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
  if (hours < 1) return `${Math.round(ms / 60_000)} min`;
  if (hours < 48) return `${hours} h`;
  return `${Math.round(hours / 24)} days`;
}
