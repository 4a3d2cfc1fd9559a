import type { WebClient } from '@slack/web-api';
import type { PlatformUser } from '../../../src/chat/interaction.js';
import type { Clock } from '../../../src/clock.js';
import type { Logger } from '../../../src/logger.js';

interface Profile {
  email?: string;
  displayName?: string;
}

interface Cached {
  at: number;
  profile: Promise<Profile>;
}

/** How long a looked-up profile is trusted; an e-mail change in Slack shows after this. */
const DEFAULT_TTL_MS = 10 * 60_000;

/**
 * Who is acting, as Slack knows them: the profile e-mail (`users:read.email`) lets the app bind a
 * Slack user to the roster on first contact. Profiles are cached per user, and lookups for the
 * same user in flight are shared, so a burst of clicks costs one `users.info`.
 */
export class SlackDirectory {
  private readonly cache = new Map<string, Cached>();

  constructor(
    private readonly client: WebClient,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly ttlMs = DEFAULT_TTL_MS,
  ) {}

  /** The platform user for a Slack user id in a workspace, with e-mail and name when Slack gives them. */
  async user(workspaceId: string, userId: string): Promise<PlatformUser> {
    const profile = await this.profile(userId);
    return {
      platform: 'slack',
      workspaceId,
      userId,
      ...(profile.email ? { email: profile.email } : {}),
      ...(profile.displayName ? { displayName: profile.displayName } : {}),
    };
  }

  private profile(userId: string): Promise<Profile> {
    const now = this.clock.now().getTime();
    const hit = this.cache.get(userId);
    if (hit && now - hit.at < this.ttlMs) return hit.profile;
    const profile = this.fetch(userId);
    this.cache.set(userId, { at: now, profile });
    return profile;
  }

  private async fetch(userId: string): Promise<Profile> {
    try {
      const answer = await this.client.users.info({ user: userId });
      const u = answer.user;
      const name = u?.profile?.real_name || u?.real_name || u?.name;
      return {
        ...(u?.profile?.email ? { email: u.profile.email } : {}),
        ...(name ? { displayName: name } : {}),
      };
    } catch (err) {
      // Without the profile a bound person is still recognised; an unbound one is told they are unknown.
      this.cache.delete(userId);
      this.logger.warn({ err, userId }, 'slack: users.info failed; acting without the e-mail');
      return {};
    }
  }
}
