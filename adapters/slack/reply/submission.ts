import type { Reply } from '../../../src/chat/reply.js';
import { renderModal, type SlackModal, viewErrors } from '../render/modal.js';

/** The body of the HTTP (or Socket Mode) answer to a `view_submission`. */
export type ViewAck =
  | ReturnType<typeof viewErrors>
  | { response_action: 'update'; view: SlackModal }
  | undefined;

/**
 * Splits the app's reply to a submitted modal into what Slack needs in the acknowledgement
 * (field errors keep the modal open; a new form replaces it; anything else closes it) and what
 * is said to the person afterwards.
 */
export function submissionAnswer(reply: Reply, channel: string | null): { ack: ViewAck; after: Reply } {
  switch (reply.kind) {
    case 'form_errors':
      return { ack: viewErrors(reply.form.errors ?? {}), after: { kind: 'none' } };
    case 'form':
      return {
        ack: { response_action: 'update', view: renderModal(reply.form, channel ? { channel } : {}) },
        after: { kind: 'none' },
      };
    case 'form_done':
      return {
        ack: undefined,
        after: reply.message ? { kind: 'private', message: reply.message } : { kind: 'none' },
      };
    default:
      return { ack: undefined, after: reply };
  }
}
