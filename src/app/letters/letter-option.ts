import type { FormField } from '../../chat/form.js';
import type { DbOrTrx } from '../../db/connect.js';
import type { LetterKind } from '../../db/schema/index.js';
import { instantAt } from '../../domain/local-time.js';
import type { Messages } from '../../locale/index.js';
import type { Read } from '../items/field-readers.js';
import type { ItemInContext } from '../items/item-access.js';
import { loadItemViews } from '../lists/daily-list.js';

/** The letters the follow-up form offers, in the order of the ladder; the balance confirmation is asked for by command. */
export const LETTER_KINDS: readonly LetterKind[] = ['letter', 'final_notice', 'lawyer_letter'];
/** Every letter a team may word its own way. */
export const ALL_LETTER_KINDS: readonly LetterKind[] = [...LETTER_KINDS, 'balance_confirmation'];
const NONE = 'none';

/**
 * Whether the follow-up form offers a letter for the item: when its suggested step, escalation
 * included, is the formal letter or the lawyer's letter.
 */
export async function offersLetter(db: DbOrTrx, item: ItemInContext): Promise<boolean> {
  const since = instantAt(item.today, '00:00', item.timezone);
  const { items } = await loadItemViews(db, { teamId: item.teamId, itemIds: [item.id] }, item.today, since);
  const step = items[0]?.step;
  return step === 'formal_letter' || step === 'lawyer_letter';
}

/** The "generate letter" select of the follow-up form. */
export function letterField(m: Messages): FormField {
  return {
    id: 'letter',
    kind: 'select',
    label: m.letters.field,
    initial: NONE,
    hint: m.letters.hint,
    options: [
      { value: NONE, label: m.letters.none },
      ...LETTER_KINDS.map((kind) => ({ value: kind, label: m.letters.kind(kind) })),
    ],
  };
}

/** Reads the letter choice; a letter the form did not offer is refused. */
export function readLetterChoice(
  text: string | undefined,
  offered: boolean,
  m: Messages,
): Read<LetterKind | null> {
  const input = (text ?? '').trim();
  if (!input || input === NONE) return { ok: true, value: null };
  if (offered && (LETTER_KINDS as readonly string[]).includes(input))
    return { ok: true, value: input as LetterKind };
  return { ok: false, error: m.errors.choose };
}
