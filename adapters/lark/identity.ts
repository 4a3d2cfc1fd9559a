import type * as lark from '@larksuiteoapi/node-sdk';
import type { Clock } from '../../src/clock.js';
import type { Logger } from '../../src/logger.js';

const FOUND_FOR_MS = 60 * 60_000;
// Someone not yet visible to the app may be added soon; ask again after a few minutes.
const MISSING_FOR_MS = 5 * 60_000;

/**
 * Who an open_id is, by email, through the contact API (`contact.v3.user.get`), so the app can bind
 * a Feishu user to the roster on first contact. Answers are cached; a failed lookup is logged and
 * answered as unknown, so someone already bound by roster import is never held up by it.
 */
export class EmailDirectory {
  private readonly cache = new Map<string, { email: string | undefined; until: number }>();

  constructor(
    private readonly client: lark.Client,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  async emailOf(openId: string): Promise<string | undefined> {
    const now = this.clock.now().getTime();
    const cached = this.cache.get(openId);
    if (cached && cached.until > now) return cached.email;
    let email: string | undefined;
    try {
      const answer = await this.client.contact.user.get({
        path: { user_id: openId },
        params: { user_id_type: 'open_id' },
      });
      if (answer.code !== undefined && answer.code !== 0)
        throw new Error(`Lark error ${answer.code}: ${answer.msg}`);
      const user = answer.data?.user;
      email = (user?.email || user?.enterprise_email || undefined)?.toLowerCase();
    } catch (err) {
      this.logger.warn(
        { err, openId },
        'lark: could not read a user e-mail; grant contact:user.email:readonly or bind people by roster import',
      );
    }
    this.cache.set(openId, { email, until: now + (email ? FOUND_FOR_MS : MISSING_FOR_MS) });
    return email;
  }
}
