import type { Form } from './form.js';
import type { Message } from './message.js';
import type { MentionTarget } from './port.js';

/**
 * The immediate answer to an interaction, seen only by the person who acted. Anything the group
 * should see goes through the outbox instead.
 */
export type Reply =
  | { kind: 'none' }
  | { kind: 'private'; message: Message; mentions?: Record<string, MentionTarget> }
  /** Open this form for the person (a modal or dialog). */
  | { kind: 'form'; form: Form }
  /** The submitted form had errors: show it again with `form.errors` filled in. */
  | { kind: 'form_errors'; form: Form }
  /** The submission was accepted; close the form and optionally say so privately. */
  | { kind: 'form_done'; message?: Message };

export const NO_REPLY: Reply = { kind: 'none' };

/** Closes the form and says one short paragraph privately (refusals after the form was sent). */
export function formClosedSaying(text: string): Reply {
  return { kind: 'form_done', message: { text, blocks: [{ type: 'text', text }] } };
}

/** A short private answer of one paragraph. */
export function privately(text: string): Reply {
  return { kind: 'private', message: { text, blocks: [{ type: 'text', text }] } };
}
