import type { ServerResponse } from 'node:http';
import { validateCardContent } from './card-validation.js';
import { fail, ok } from './replies.js';
import type { EmulatorState } from './state.js';

/** A card callback's token may update the card for 30 minutes, at most twice. */
const TOKEN_LIFE_MS = 30 * 60_000;
const TOKEN_USES = 2;

/** POST /open-apis/interactive/v1/card/update — replaces the card a callback came from. */
export function updateCardByToken(
  state: EmulatorState,
  res: ServerResponse,
  body: Record<string, unknown>,
): void {
  const grant = state.cardTokens.get(String(body.token ?? ''));
  if (!grant || state.now() - grant.at > TOKEN_LIFE_MS || grant.uses >= TOKEN_USES) {
    fail(res, 200830, 'card token is invalid or expired');
    return;
  }
  const message = state.find(grant.messageId);
  if (!message) {
    fail(res, 230011, 'The message was withdrawn or does not exist.');
    return;
  }
  const content = JSON.stringify(body.card ?? null);
  const problem = validateCardContent(content);
  if (problem) {
    fail(res, problem.code, problem.msg);
    return;
  }
  grant.uses += 1;
  message.content = content;
  message.updated = true;
  ok(res, {});
}
