import type { ServerResponse } from 'node:http';
import { fail, ok } from './replies.js';
import type { EmulatorState } from './state.js';

/** GET /open-apis/contact/v3/users/:id?user_id_type=open_id — a person's profile, with e-mail. */
export function getUser(
  state: EmulatorState,
  res: ServerResponse,
  openId: string,
  query: Record<string, string>,
): void {
  if (query.user_id_type !== 'open_id') {
    fail(res, 99992402, 'field validation failed, ext=user_id_type');
    return;
  }
  const email = state.users.get(openId);
  if (email === undefined) {
    fail(res, 41050, 'no user authority error', 400);
    return;
  }
  ok(res, { user: { open_id: openId, email, name: email.split('@')[0] } });
}
