import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/config.js';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return [...err.problems];
    throw err;
  }
  return [];
}

describe('chat platform settings', () => {
  it('runs the sandbox alone when no platform is configured', () => {
    const config = loadConfig({});
    expect(config.slack).toBeNull();
    expect(config.lark).toBeNull();
    expect(config.sandbox).toBe(true);
  });

  it('configures Slack over HTTP with a bot token and signing secret, and turns the sandbox off', () => {
    const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: 'f00dfeedcafe' });
    expect(config.slack).toEqual({
      botToken: 'xoxb-1-2-abc',
      signingSecret: 'f00dfeedcafe',
      appToken: null,
      apiUrl: 'https://slack.com/api/',
    });
    expect(config.sandbox).toBe(false);
    expect(Object.isFrozen(config.slack)).toBe(true);
  });

  it('takes Socket Mode without a signing secret and a proxied API base with its trailing slash', () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_APP_TOKEN: 'xapp-1-A-2-x',
      SLACK_API_URL: 'http://proxy.internal/slack/api',
      SANDBOX: 'on',
    });
    expect(config.slack?.appToken).toBe('xapp-1-A-2-x');
    expect(config.slack?.apiUrl).toBe('http://proxy.internal/slack/api/');
    expect(config.sandbox).toBe(true);
  });

  it('names what is missing for Slack', () => {
    expect(problemsOf({ SLACK_BOT_TOKEN: 'xoxb-1' })).toEqual([
      expect.stringMatching(/^SLACK_SIGNING_SECRET is required .*SLACK_APP_TOKEN/),
    ]);
    expect(problemsOf({ SLACK_SIGNING_SECRET: 'f00dfeedcafe' })).toEqual([
      expect.stringMatching(/^SLACK_BOT_TOKEN is required/),
    ]);
    expect(problemsOf({ SLACK_BOT_TOKEN: 'xoxp-user-token', SLACK_SIGNING_SECRET: 'f00dfeedcafe' })).toEqual([
      expect.stringMatching(/^SLACK_BOT_TOKEN must be a bot token starting with xoxb-/),
    ]);
  });

  it('configures Feishu by default and Lark or a base URL on request', () => {
    const feishu = loadConfig({
      LARK_APP_ID: 'cli_a1',
      LARK_APP_SECRET: 'secret-123',
      LARK_ENCRYPT_KEY: 'k',
    });
    expect(feishu.lark).toMatchObject({ domain: 'feishu', connection: 'http', encryptKey: 'k' });
    expect(feishu.sandbox).toBe(false);
    const ws = loadConfig({
      LARK_APP_ID: 'cli_a1',
      LARK_APP_SECRET: 'secret-123',
      LARK_CONNECTION: 'ws',
      LARK_DOMAIN: 'http://127.0.0.1:9999',
    });
    expect(ws.lark).toMatchObject({ domain: 'http://127.0.0.1:9999', connection: 'ws', encryptKey: null });
  });

  it('refuses HTTP callbacks without an encrypt key, and half a Lark app', () => {
    expect(problemsOf({ LARK_APP_ID: 'cli_a1', LARK_APP_SECRET: 'secret-123' })).toEqual([
      expect.stringMatching(/^LARK_ENCRYPT_KEY is required for HTTP callbacks/),
    ]);
    expect(problemsOf({ LARK_APP_ID: 'cli_a1', LARK_CONNECTION: 'ws' })).toEqual([
      'LARK_APP_SECRET is required with LARK_APP_ID',
    ]);
    expect(
      problemsOf({ LARK_APP_ID: 'cli_a1', LARK_APP_SECRET: 'secret-123', LARK_DOMAIN: 'weibo' })[0],
    ).toMatch(/^LARK_DOMAIN must be feishu, lark or a base URL/);
  });
});
