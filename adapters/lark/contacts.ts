import type * as lark from '@larksuiteoapi/node-sdk';
import { fromLarkCode, toDeliveryError } from './errors.js';

/** Lark's batch_get_id takes at most 50 emails per request. */
const BATCH = 50;

/**
 * Finds people's open_ids by email through the contact API, for binding a Feishu user to a
 * roster person on first contact. Emails Lark does not know are absent from the result.
 */
export async function openIdsByEmail(client: lark.Client, emails: string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (let i = 0; i < emails.length; i += BATCH) {
    let answer: Awaited<ReturnType<typeof client.contact.user.batchGetId>>;
    try {
      answer = await client.contact.user.batchGetId({
        params: { user_id_type: 'open_id' },
        data: { emails: emails.slice(i, i + BATCH) },
      });
    } catch (err) {
      throw toDeliveryError(err);
    }
    if (answer.code !== undefined && answer.code !== 0) throw fromLarkCode(answer.code, answer.msg);
    for (const user of answer.data?.user_list ?? [])
      if (user.email && user.user_id) found.set(user.email.toLowerCase(), user.user_id);
  }
  return found;
}
