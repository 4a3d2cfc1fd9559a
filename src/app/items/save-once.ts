import { randomUUID } from 'node:crypto';
import type { Form } from '../../chat/form.js';
import {
  claimInteractionKey,
  recordInteractionAnswer,
} from '../../db/repositories/interaction-key.repository.js';
import type { Actor } from '../actor.js';
import type { AppContext } from '../context.js';
import { redrawListMessage } from '../lists/redraw.js';
import type { PublishContext } from '../publish.js';
import type { ItemInContext } from './item-access.js';

/** The outcome of a saving interaction: what it answered, and whether this time saved it. */
export interface SavedOnce {
  first: boolean;
  answer: string;
}

/** A form opened for one answer: its key comes back with every submission of this very form. */
export function withFormKey(form: Form, submitted?: Record<string, string>): Form {
  const once = submitted ? submitted.once : randomUUID();
  return once ? { ...form, metadata: { ...form.metadata, once } } : form;
}

/** The idempotency key of a submitted form, when it was opened with one. */
export function formKey(metadata: Record<string, string>): string | null {
  return metadata.once ? `form:${metadata.once}` : null;
}

/**
 * Saves an item's answer and redraws its list in one transaction, once per key: a double click or
 * a resubmitted form finds the key taken and gets the first time's answer, saving nothing again.
 * `save` returns the answer to show.
 */
export async function saveOnce(
  app: AppContext,
  actor: Actor,
  item: ItemInContext,
  key: string | null,
  save: (db: PublishContext['db'], now: Date) => Promise<string>,
): Promise<SavedOnce> {
  const now = app.clock.now();
  const outcome = await app.db.transaction().execute(async (trx): Promise<SavedOnce> => {
    if (key !== null) {
      const claim = await claimInteractionKey(trx, key, actor.personId, now);
      if (!claim.first) return { first: false, answer: claim.answer };
    }
    const answer = await save(trx, now);
    if (key !== null) await recordInteractionAnswer(trx, key, answer);
    await redrawListMessage({ db: trx, platforms: app.platforms, now }, item.list.key);
    return { first: true, answer };
  });
  if (outcome.first) app.nudge();
  return outcome;
}
