/**
 * The cash forecast: what is expected in each of the next weeks from open commitments (weighted by
 * the customer's keeping rate), items not yet due (at their due date moved by the customer's
 * average days late) and overdue items without a commitment (expected recovery spread evenly).
 */
import { addDays, compareLocalDate, diffDays, type LocalDate } from '../local-date.js';
import { DEFAULT_LIKELIHOOD_TABLE, expectedRecovery, type LikelihoodTable } from '../priority.js';
import { applyBp } from './ratio.js';

/** A promise or instalment still open: its amount, date and how often the customer keeps their word. */
export interface ForecastCommitment {
  amount: number;
  on: LocalDate;
  keepingRateBp: number;
}

/** An item not yet due, with its customer's receipt-weighted days late. */
export interface ForecastNotDue {
  outstanding: number;
  dueOn: LocalDate;
  averageDaysLate: number;
}

/** An overdue item nobody has a commitment on. */
export interface ForecastOverdue {
  outstanding: number;
  daysOverdue: number;
}

export interface ForecastWeek {
  /** The week's first day (the forecast's first week starts on `from`). */
  start: LocalDate;
  end: LocalDate;
  committed: number;
  due: number;
  overdue: number;
  total: number;
}

/** Weeks of seven days from `from`, with what each source is expected to bring in it (one currency). */
export function cashForecast(
  input: {
    from: LocalDate;
    weeks: number;
    commitments: readonly ForecastCommitment[];
    notDue: readonly ForecastNotDue[];
    overdue: readonly ForecastOverdue[];
  },
  likelihood: LikelihoodTable = DEFAULT_LIKELIHOOD_TABLE,
): ForecastWeek[] {
  const weeks: ForecastWeek[] = Array.from({ length: input.weeks }, (_, i) => ({
    start: addDays(input.from, 7 * i),
    end: addDays(input.from, 7 * i + 6),
    committed: 0,
    due: 0,
    overdue: 0,
    total: 0,
  }));
  const weekOf = (date: LocalDate): ForecastWeek | undefined => {
    // A date already passed (a commitment due today or late) is expected in the first week.
    const index = compareLocalDate(date, input.from) < 0 ? 0 : Math.floor(diffDays(date, input.from) / 7);
    return weeks[index];
  };
  for (const c of input.commitments) {
    const w = weekOf(c.on);
    if (w) w.committed += applyBp(c.amount, c.keepingRateBp);
  }
  for (const n of input.notDue) {
    const w = weekOf(addDays(n.dueOn, Math.round(n.averageDaysLate)));
    if (w) w.due += n.outstanding;
  }
  if (weeks.length > 0) {
    let expected = 0;
    for (const o of input.overdue) expected += expectedRecovery(o.outstanding, o.daysOverdue, likelihood);
    // Spread evenly; the remainder of the division goes to the first weeks, so the total is exact.
    const share = Math.floor(expected / weeks.length);
    let rest = expected - share * weeks.length;
    for (const w of weeks) {
      w.overdue = share + (rest > 0 ? 1 : 0);
      if (rest > 0) rest -= 1;
    }
  }
  for (const w of weeks) w.total = w.committed + w.due + w.overdue;
  return weeks;
}
