import type { ViewsOpenArguments, WebClient } from '@slack/web-api';
import type { Form } from '../../../src/chat/form.js';
import type { Message } from '../../../src/chat/message.js';
import type { MentionTarget } from '../../../src/chat/port.js';
import type { Reply } from '../../../src/chat/reply.js';
import { renderMessage } from '../render/message.js';
import { type ModalMetadata, renderModal } from '../render/modal.js';

/** How long Slack honours a trigger id. */
const TRIGGER_MS = 3_000;

/** Posts to a slash command's `response_url` (Bolt's `respond`). */
export type Respond = (message: {
  response_type: 'ephemeral';
  text: string;
  blocks: unknown[];
}) => Promise<unknown>;

/** Everything needed to answer the person who acted, on the surface they acted on. */
export interface ReplyTarget {
  client: WebClient;
  userId: string;
  /** The channel of the interaction: private answers appear there, seen only by the person. */
  channelId: string | null;
  /** From a click or a command, valid for three seconds: opens a modal. */
  triggerId?: string;
  /** When the interaction arrived (ms since the epoch), to know when its trigger id has expired. */
  receivedAt?: number;
  /** A slash command answers through its response URL. */
  respond?: Respond;
  /** The message a click came from; the modal carries it to the submission. */
  messageRef?: ModalMetadata['messageRef'];
  /** The command typed, to tell the person how to open a form when there is no trigger. */
  commandText?: string;
}

/**
 * Shows a message only to the person: through the command's response URL, as an ephemeral
 * message in the channel, or in their direct conversation with the bot when there is no channel.
 */
export async function sendPrivately(
  target: ReplyTarget,
  message: Message,
  mentions: Record<string, MentionTarget> = {},
): Promise<void> {
  for (const part of renderMessage({ message, mentions })) {
    if (target.respond) await target.respond({ response_type: 'ephemeral', ...part });
    else if (target.channelId)
      await target.client.chat.postEphemeral({ channel: target.channelId, user: target.userId, ...part });
    else await target.client.chat.postMessage({ channel: target.userId, ...part });
  }
}

async function openForm(target: ReplyTarget, form: Form): Promise<void> {
  if (!target.triggerId) {
    // An @mention carries no trigger id, and Slack opens modals only with one.
    const how = `This opens a form, which Slack shows only from a slash command or a button: type \`/duebot ${target.commandText ?? ''}\`.`;
    return sendPrivately(target, { text: how, blocks: [{ type: 'text', text: how }] });
  }
  const view = renderModal(form, {
    ...(target.messageRef ? { messageRef: target.messageRef } : {}),
    ...(target.channelId ? { channel: target.channelId } : {}),
  });
  // Slack opens a modal only within three seconds of the click; after a burst it may be too late.
  const again = () => {
    const text = 'The form could not open in time. Please click the button (or send the command) again.';
    return sendPrivately(target, { text, blocks: [{ type: 'text', text }] });
  };
  if (target.receivedAt !== undefined && Date.now() - target.receivedAt > TRIGGER_MS) return again();
  try {
    // Our modal type is the subset of Block Kit we send; the SDK's view type is the full union.
    await target.client.views.open({
      trigger_id: target.triggerId,
      view: view as unknown as ViewsOpenArguments['view'],
    });
  } catch (err) {
    if ((err as { data?: { error?: string } }).data?.error !== 'expired_trigger_id') throw err;
    await again();
  }
}

/** Carries out the app's reply to a command, a click or a mention. */
export async function deliverReply(target: ReplyTarget, reply: Reply): Promise<void> {
  switch (reply.kind) {
    case 'none':
      return;
    case 'private':
      return sendPrivately(target, reply.message, reply.mentions);
    case 'form':
    case 'form_errors':
      return openForm(target, reply.form);
    case 'form_done':
      if (reply.message) await sendPrivately(target, reply.message);
      return;
  }
}
