import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SLASH_COMMANDS } from '../../../adapters/slack/inbound/command.js';
import { parseYaml, type Yaml } from '../../helpers/mini-yaml.js';

const EVENTS_URL = 'https://YOUR-HOST/slack/events';

/** The bot scopes each Web API method needs, from Slack's method reference. */
const SCOPES: Record<string, string[]> = {
  'auth.test': [],
  'apps.connections.open': [], // app-level token (connections:write), not a bot scope
  'chat.postMessage': ['chat:write'],
  'chat.update': ['chat:write'],
  'chat.delete': ['chat:write'],
  'chat.postEphemeral': ['chat:write'],
  'views.open': [],
  'users.info': ['users:read', 'users:read.email'],
  'users.lookupByEmail': ['users:read.email'],
  'conversations.open': ['im:write'],
  'conversations.info': ['channels:read', 'groups:read'],
  'conversations.history': ['channels:history', 'groups:history', 'im:history'],
  'conversations.replies': ['channels:history', 'groups:history', 'im:history'],
  filesUploadV2: ['files:write'],
  'files.info': ['files:read'],
};

/** Every Web API method the Slack adapter calls, read from its source. */
function methodsCalled(): Set<string> {
  const dir = join(import.meta.dirname, '../../../adapters/slack');
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  const found = new Set<string>();
  for (const file of files) {
    const source = readFileSync(join(dir, file), 'utf8');
    for (const m of source.matchAll(/\.(auth|apps|chat|views|users|conversations|files)\.(\w+)\(/g))
      found.add(`${m[1]}.${m[2]}`);
    if (source.includes('.filesUploadV2(')) found.add('filesUploadV2');
  }
  return found;
}

const manifest = parseYaml(
  readFileSync(join(import.meta.dirname, '../../../slack-manifest.yml'), 'utf8'),
) as {
  [k: string]: { [k: string]: Yaml };
};
const at = (...path: string[]): Yaml =>
  path.reduce<Yaml>(
    (v, k) => (v && typeof v === 'object' && !Array.isArray(v) ? (v[k] ?? null) : null),
    manifest,
  );

describe('slack-manifest.yml', () => {
  it('declares exactly the slash commands Duebot answers, all sent to /slack/events', () => {
    const commands = at('features', 'slash_commands') as { command: string; url: string }[];
    expect(commands.map((c) => c.command).sort()).toEqual([...SLASH_COMMANDS].sort());
    for (const c of commands) expect(c.url).toBe(EVENTS_URL);
  });

  it('grants every scope the Web API methods Duebot calls need', () => {
    const granted = new Set(at('oauth_config', 'scopes', 'bot') as string[]);
    const called = methodsCalled();
    expect(called.size).toBeGreaterThan(8);
    for (const method of called) {
      expect(SCOPES, `scopes of ${method} are not listed in this test`).toHaveProperty([method]);
      for (const scope of SCOPES[method] ?? []) expect(granted, `${method} needs ${scope}`).toContain(scope);
    }
    expect(granted).toContain('commands');
  });

  it('subscribes to @mentions and sends events and interactivity to /slack/events, over HTTP by default', () => {
    expect(at('settings', 'event_subscriptions', 'bot_events')).toContain('app_mention');
    expect(at('oauth_config', 'scopes', 'bot')).toContain('app_mentions:read');
    expect(at('settings', 'event_subscriptions', 'request_url')).toBe(EVENTS_URL);
    // Files finance sends in a direct message: the event, and a Messages tab people can write in.
    expect(at('settings', 'event_subscriptions', 'bot_events')).toContain('message.im');
    expect(at('features', 'app_home', 'messages_tab_read_only_enabled')).toBe(false);
    expect(at('settings', 'interactivity')).toEqual({ is_enabled: true, request_url: EVENTS_URL });
    expect(at('settings', 'socket_mode_enabled')).toBe(false);
    expect(at('features', 'bot_user', 'display_name')).toBe('Duebot');
    expect(at('display_information', 'name')).toBe('Duebot');
  });
});
