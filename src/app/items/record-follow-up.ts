import type { Actor } from '../actor.js';
import { checkEscalation } from '../escalation/check-escalation.js';
import type { PublishContext } from '../publish.js';
import type { ItemInContext } from './item-access.js';
import { saveFollowUp } from './save-answers.js';

/** Saves a follow-up from a form or a command; a third failed contact in a row escalates at once, not next morning. */
export async function recordFollowUp(
  ctx: PublishContext,
  actor: Actor,
  item: ItemInContext,
  input: Parameters<typeof saveFollowUp>[3],
): Promise<number> {
  const id = await saveFollowUp(ctx.db, actor, item, input, ctx.now);
  if (input.outcome === 'no_contact') await checkEscalation(ctx, item.customerId);
  return id;
}
