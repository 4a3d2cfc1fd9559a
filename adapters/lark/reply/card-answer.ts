import type { Message } from '../../../src/chat/message.js';
import type { Reply } from '../../../src/chat/reply.js';
import { type Card, card, renderFormCard, renderMessageCards } from '../render/index.js';
import { escapeLark } from '../render/markdown.js';
import type { ToastWords } from './toasts.js';

type ToastType = 'success' | 'error' | 'info' | 'warning';

/** What Lark expects back from a card callback (card JSON 2.0 callback rules). */
export interface CallbackAnswer {
  toast?: { type: ToastType; content: string };
  /** Replaces the card that was acted on, for the person who acted. */
  card?: { type: 'raw'; data: Card };
}

const firstLine = (text: string) => text.trim().split('\n')[0] ?? '';

/** Cards for a reply only the acting person sees; none when there is nothing to show. */
export function privateCards(reply: Reply): Card[] {
  switch (reply.kind) {
    case 'none':
      return [];
    case 'private':
      return renderMessageCards({ message: reply.message, mentions: reply.mentions ?? {} });
    case 'form':
    case 'form_errors':
      return [renderFormCard(reply.form)];
    case 'form_done':
      return reply.message ? renderMessageCards({ message: reply.message, mentions: {} }) : [];
  }
}

/** A message worth more than a toast: several blocks, or more than one line. */
function needsCard(message: Message): boolean {
  return message.blocks.length > 1 || message.text.trim().includes('\n');
}

/**
 * A reply to a card click, as the callback's immediate answer plus cards to send privately
 * afterwards. A form opens as a card of its own (the list card is shared by the whole group and
 * must not turn into one person's form); a form's errors and its success replace the form card.
 */
export function cardActionAnswer(
  reply: Reply,
  words: ToastWords,
): { answer: CallbackAnswer; followUp: Card[] } {
  switch (reply.kind) {
    case 'none':
      return { answer: {}, followUp: [] };
    case 'private':
      return {
        answer: { toast: { type: 'info', content: firstLine(reply.message.text) } },
        followUp: needsCard(reply.message) ? privateCards(reply) : [],
      };
    case 'form':
      return {
        answer: { toast: { type: 'info', content: words.formSent } },
        followUp: [renderFormCard(reply.form)],
      };
    case 'form_errors': {
      const first = Object.values(reply.form.errors ?? {})[0];
      return {
        answer: {
          toast: { type: 'error', content: first ? firstLine(first) : words.fixFields },
          card: { type: 'raw', data: renderFormCard(reply.form) },
        },
        followUp: [],
      };
    }
    case 'form_done': {
      const text = reply.message?.text ?? words.saved;
      const done = card(undefined, [{ tag: 'markdown', content: `✓ ${escapeLark(text)}` }], 'green');
      return {
        answer: { toast: { type: 'success', content: firstLine(text) }, card: { type: 'raw', data: done } },
        followUp: [],
      };
    }
  }
}
