import type { Interaction, PlatformUser } from '../../../src/chat/interaction.js';
import { neutralActionId } from '../render/actions.js';

/** The part of a `block_actions` payload Duebot reads. */
export interface BlockActionBody {
  type: 'block_actions';
  team: { id: string } | null;
  user: { id: string; team_id?: string };
  channel?: { id: string };
  container?: { channel_id?: string; message_ts?: string };
  message?: { ts: string };
  actions: { action_id: string; type: string; value?: string }[];
}

/** The workspace a payload belongs to. */
export function teamOf(body: { team?: { id: string } | null; user?: { team_id?: string } }): string {
  return body.team?.id ?? body.user?.team_id ?? '';
}

/**
 * A button click as the neutral action: the action id without the counter that kept it unique
 * in its block, the button's compact value, and the message it sits on. Null for anything else
 * (a select in a message, which Duebot does not send).
 */
export function fromBlockAction(
  body: BlockActionBody,
  user: PlatformUser,
): Extract<Interaction, { kind: 'action' }> | null {
  const action = body.actions[0];
  if (action?.type !== 'button') return null;
  const workspaceId = teamOf(body);
  const chatId = body.channel?.id ?? body.container?.channel_id;
  const ts = body.message?.ts ?? body.container?.message_ts;
  return {
    kind: 'action',
    user,
    channel: chatId ? { platform: 'slack', workspaceId, chatId } : null,
    actionId: neutralActionId(action.action_id),
    value: action.value ?? '',
    message: chatId && ts ? { chatId, messageId: ts } : null,
  };
}
