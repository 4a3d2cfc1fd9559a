import type { Messages } from './catalogue.js';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export const en: Messages = {
  weekday: (day) => WEEKDAYS[day] ?? '',
  dayKind: (working) => (working ? 'working day' : 'non-working day'),
  preDue: (days) => `Pre-due (next ${days} days)`,
  overdueTotal: 'Overdue',
  nothingOpen: 'nothing open',
  items: (count) => `${count} ${count === 1 ? 'item' : 'items'}`,
  bucket: (bucket) =>
    ({
      not_due: 'not due',
      d1_30: '1–30 days',
      d31_60: '31–60 days',
      d61_90: '61–90 days',
      d91_180: '91–180 days',
      d181_365: '181–365 days',
      over_365: 'over 365 days',
    })[bucket],
};
