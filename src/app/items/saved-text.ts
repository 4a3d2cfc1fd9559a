import type { Locale, Messages } from '../../locale/index.js';
import { methodLabel } from '../lists/labels.js';

/** What a saved follow-up was: how, with what result, and when the next one is due. */
export function followUpWhat(
  m: Messages,
  locale: Locale,
  input: { method: string; outcome: string; next: string | null },
): string {
  const outcome = m.outcome[input.outcome as keyof Messages['outcome']] ?? input.outcome;
  const what = m.done.followedUp(methodLabel(input.method, locale), outcome);
  return input.next ? `${what}${m.done.nextOn(input.next)}` : what;
}
