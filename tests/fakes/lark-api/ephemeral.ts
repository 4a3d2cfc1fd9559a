import type { ServerResponse } from 'node:http';
import { validateCardContent } from './card-validation.js';
import { refuseIfLimited } from './messages.js';
import { fail, ok } from './replies.js';
import type { EmulatorState } from './state.js';

/**
 * POST /open-apis/ephemeral/v1/send — a card in a group only one member sees ("仅你可见").
 * Lark allows it in group chats the bot is in, for members of the tenant, cards only.
 */
export function sendEphemeral(
  state: EmulatorState,
  res: ServerResponse,
  body: Record<string, unknown>,
): void {
  const chatId = String(body.chat_id ?? '');
  const openId = String(body.open_id ?? '');
  if (!state.chats.has(chatId)) {
    fail(res, 230002, 'The bot is not in the chat.');
    return;
  }
  if (!state.users.has(openId)) {
    fail(res, 230013, 'Bot has NO availability to this user.');
    return;
  }
  if (body.msg_type !== 'interactive' || typeof body.card !== 'object' || body.card === null) {
    fail(res, 230001, 'Your request contains an invalid request parameter, ext=only interactive cards');
    return;
  }
  if (refuseIfLimited(state, res, chatId)) return;
  const content = JSON.stringify(body.card);
  const problem = validateCardContent(content);
  if (problem) {
    fail(res, problem.code, problem.msg);
    return;
  }
  const stored = state.store({ chatId, msgType: 'interactive', content, ephemeralTo: openId });
  ok(res, { message_id: stored.message_id });
}
