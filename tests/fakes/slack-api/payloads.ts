import { TEAM_ID } from './methods.js';
import type { SlackApiEmulator } from './server.js';
import type { InboundBody } from './signing.js';
import { BOT_USER, type StoredMessage } from './workspace.js';

let eventSeq = 0;
/** The app id Slack puts in every payload of the emulated app. */
export const APP_ID = 'A0DUEBOT';

type Json = Record<string, unknown>;

const userOf = (id: string) => ({ id, username: id.toLowerCase(), name: id.toLowerCase(), team_id: TEAM_ID });

/**
 * Builds the requests Slack sends to an app when people use it, with response URLs and trigger
 * ids issued by the emulator so that what the app does with them can be checked there.
 */
export class SlackPeople {
  constructor(private readonly slack: SlackApiEmulator) {}

  /** `/command text` typed by `user` in `channel`. */
  command(user: string, channel: string, command: string, text: string): InboundBody {
    return {
      kind: 'command',
      fields: {
        token: 'legacy-verification-token',
        team_id: TEAM_ID,
        team_domain: 'duebot-test',
        channel_id: channel,
        channel_name: channel.toLowerCase(),
        user_id: user,
        user_name: user.toLowerCase(),
        command,
        text,
        api_app_id: APP_ID,
        is_enterprise_install: 'false',
        response_url: this.slack.responseUrl(),
        trigger_id: this.slack.triggerId(),
      },
    };
  }

  /** A click on the button `actionId` (its Slack action id) with `value` on a posted message. */
  click(user: string, message: StoredMessage, actionId: string, value: string): InboundBody {
    return { kind: 'interactive', payload: this.clickPayload(user, message, actionId, value) };
  }

  /** The `block_actions` payload of a click, as Socket Mode also delivers it. */
  clickPayload(user: string, message: StoredMessage, actionId: string, value: string): Json {
    return {
      type: 'block_actions',
      user: userOf(user),
      api_app_id: APP_ID,
      token: 'legacy-verification-token',
      container: {
        type: 'message',
        message_ts: message.ts,
        channel_id: message.channel,
        is_ephemeral: false,
      },
      trigger_id: this.slack.triggerId(),
      team: { id: TEAM_ID, domain: 'duebot-test' },
      enterprise: null,
      is_enterprise_install: false,
      channel: { id: message.channel, name: message.channel.toLowerCase() },
      message: {
        type: 'message',
        user: BOT_USER,
        ts: message.ts,
        text: message.text,
        blocks: message.blocks,
      },
      state: { values: {} },
      response_url: this.slack.responseUrl(),
      actions: [
        {
          action_id: actionId,
          block_id: 'b1',
          text: { type: 'plain_text', text: actionId },
          value,
          type: 'button',
          action_ts: `${Math.floor(Date.now() / 1000)}.000100`,
        },
      ],
    };
  }

  /** Submitting an opened modal with `values` typed into its inputs (by block id). */
  submit(user: string, view: Json, values: Record<string, string>): InboundBody {
    const state: Record<string, Record<string, Json>> = {};
    for (const block of (view.blocks as Json[] | undefined) ?? []) {
      if (block.type !== 'input') continue;
      const id = String(block.block_id);
      const element = block.element as Json;
      // Slack reports what the input shows: the typed value, else its initial value.
      const initial =
        (element.initial_option as { value?: string } | undefined)?.value ?? element.initial_value;
      const value = id in values ? values[id] : (initial as string | undefined);
      const typed =
        element.type === 'static_select'
          ? {
              type: 'static_select',
              selected_option: value ? { text: { type: 'plain_text', text: value }, value } : null,
            }
          : { type: String(element.type), value: value ?? null };
      state[id] = { [String(element.action_id)]: typed };
    }
    return {
      kind: 'interactive',
      payload: {
        type: 'view_submission',
        team: { id: TEAM_ID, domain: 'duebot-test' },
        user: userOf(user),
        api_app_id: APP_ID,
        token: 'legacy-verification-token',
        trigger_id: this.slack.triggerId(),
        view: {
          ...view,
          team_id: TEAM_ID,
          state: { values: state },
          hash: `${Date.now()}.hash`,
          app_id: APP_ID,
        },
        response_urls: [],
        is_enterprise_install: false,
        enterprise: null,
      },
    };
  }

  /** `@Duebot text` written in a channel; every event gets its own id, as Slack's do. */
  mention(user: string, channel: string, text: string): InboundBody {
    const ts = `${Math.floor(Date.now() / 1000)}.000200`;
    return {
      kind: 'event',
      json: {
        token: 'legacy-verification-token',
        team_id: TEAM_ID,
        api_app_id: APP_ID,
        event: { type: 'app_mention', user, text: `<@${BOT_USER}> ${text}`, ts, channel, event_ts: ts },
        type: 'event_callback',
        event_id: `Ev${ts.replace('.', '')}${String(++eventSeq).padStart(4, '0')}`,
        event_time: Math.floor(Date.now() / 1000),
        authorizations: [{ team_id: TEAM_ID, user_id: BOT_USER, is_bot: true, is_enterprise_install: false }],
      },
    };
  }

  /** A person sharing files in their direct conversation with the bot (`message` · `file_share`). */
  fileShare(user: string, files: Json[], text = ''): InboundBody {
    const ts = `${Math.floor(Date.now() / 1000)}.000300`;
    return {
      kind: 'event',
      json: {
        token: 'legacy-verification-token',
        team_id: TEAM_ID,
        api_app_id: APP_ID,
        event: {
          type: 'message',
          subtype: 'file_share',
          user,
          text,
          files,
          upload: false,
          ts,
          channel: `D${user}`,
          channel_type: 'im',
          event_ts: ts,
        },
        type: 'event_callback',
        event_id: `Ev${ts.replace('.', '')}${String(++eventSeq).padStart(4, '0')}`,
        event_time: Math.floor(Date.now() / 1000),
        authorizations: [{ team_id: TEAM_ID, user_id: BOT_USER, is_bot: true, is_enterprise_install: false }],
      },
    };
  }

  /** Text a person writes to the bot in its Messages tab (a plain `message` event in their DM). */
  directMessage(user: string, text: string): InboundBody {
    const ts = `${Math.floor(Date.now() / 1000)}.000400`;
    return {
      kind: 'event',
      json: {
        token: 'legacy-verification-token',
        team_id: TEAM_ID,
        api_app_id: APP_ID,
        event: { type: 'message', user, text, ts, channel: `D${user}`, channel_type: 'im', event_ts: ts },
        type: 'event_callback',
        event_id: `Ev${ts.replace('.', '')}${String(++eventSeq).padStart(4, '0')}`,
        event_time: Math.floor(Date.now() / 1000),
        authorizations: [{ team_id: TEAM_ID, user_id: BOT_USER, is_bot: true, is_enterprise_install: false }],
      },
    };
  }
}
