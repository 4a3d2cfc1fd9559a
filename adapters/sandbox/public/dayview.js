import { el } from './dom.js';
import { t } from './labels.js';

// Days of a channel: today's posts open, earlier days folded under their date.

const dayFormats = new Map();

/** The team-local date of an instant as YYYY-MM-DD. */
export function dayOf(iso, timeZone) {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormats.set(timeZone, format);
  }
  return format.format(new Date(iso));
}

/** A date as the person reads it, e.g. "Mon 23 Nov" or "11月23日周一". */
export function dayLabel(day, locale) {
  const format = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
  return format.format(new Date(`${day}T00:00:00Z`));
}

/**
 * One day's section; `fill(body)` draws its posts, called only when the day is open, so folded
 * days cost one line of the page each.
 */
export function daySection(day, { count, open, isToday, locale, fill, onToggle }) {
  const body = el('div', { class: 'day-body' });
  const toggle = el(
    'button',
    {
      type: 'button',
      class: 'day-toggle',
      testid: 'day-toggle',
      'aria-expanded': String(open),
      onclick: () => {
        const nowOpen = body.hidden;
        body.hidden = !nowOpen;
        toggle.setAttribute('aria-expanded', String(nowOpen));
        section.dataset.open = String(nowOpen);
        if (nowOpen && body.childElementCount === 0) fill(body);
        onToggle(day, nowOpen);
      },
    },
    el(
      'span',
      { class: 'day-date' },
      isToday ? `${t('today')} · ${dayLabel(day, locale)}` : dayLabel(day, locale),
    ),
    el('span', { class: 'day-count' }, t('dayPosts', { count })),
  );
  const section = el(
    'section',
    { class: 'day', testid: 'day', 'data-day': day, 'data-open': String(open) },
    toggle,
    body,
  );
  body.hidden = !open;
  if (open) fill(body);
  return section;
}
