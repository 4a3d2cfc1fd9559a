import { privately, type Reply } from '../../chat/reply.js';
import type { Target } from '../../domain/command/types.js';
import { messagesFor } from '../../locale/index.js';
import type { Actor } from '../actor.js';
import { type Chosen, resolveLookupTarget } from '../commands/resolve-target.js';
import { whichCustomer, whichItem } from '../commands/which-one.js';
import type { AppContext } from '../context.js';
import { loadCustomerStory } from './customer-story.js';
import { storyMessage } from './story-message.js';

/**
 * `ar <customer or invoice>` (查询): the customer's whole story, privately. An invoice number
 * shows its customer with that invoice highlighted; several candidates get a "which one?" answer.
 */
export async function arLookup(
  app: AppContext,
  actor: Actor,
  target: Target,
  text: string,
  chosen: Chosen | null,
): Promise<Reply> {
  const m = messagesFor(actor.locale);
  const found = await resolveLookupTarget(app.db, actor, target, chosen);
  switch (found.kind) {
    case 'none':
      return privately(chosen ? m.commands.pickGone : m.commands.noCustomer(target.text));
    case 'items':
      return whichItem(target.text, found.items, text, m);
    case 'customers':
      return whichCustomer(target.text, found.customers, text, m);
  }
  const story = await loadCustomerStory(app.db, found.customer.id, found.highlight, app.clock.now());
  if (!story) return privately(m.commands.pickGone);
  return { kind: 'private', message: storyMessage(story, m, actor.locale) };
}
