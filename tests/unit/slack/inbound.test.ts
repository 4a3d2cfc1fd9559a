import { describe, expect, it } from 'vitest';
import { fromBlockAction } from '../../../adapters/slack/inbound/block-action.js';
import { commandText, fromSlashCommand } from '../../../adapters/slack/inbound/command.js';
import { fromMention, mentionText } from '../../../adapters/slack/inbound/message-event.js';
import { fromViewSubmission } from '../../../adapters/slack/inbound/view-submission.js';
import { renderModal } from '../../../adapters/slack/render/modal.js';
import { submissionAnswer } from '../../../adapters/slack/reply/submission.js';
import type { PlatformUser } from '../../../src/chat/interaction.js';

const anna: PlatformUser = { platform: 'slack', workspaceId: 'T1', userId: 'U1', email: 'anna@example.com' };

describe('slash commands', () => {
  it('become the shared grammar: the command name leads, /duebot passes its text as it is', () => {
    expect(commandText('/promise', 'INV-1 5万 fri')).toBe('promise INV-1 5万 fri');
    expect(commandText('/overdue', '  ')).toBe('overdue');
    expect(commandText('/duebot', ' setup east ')).toBe('setup east');
    expect(commandText('/duebot', '')).toBe('');
  });

  it('carry the channel they were typed in', () => {
    const body = { command: '/ar', text: 'Acme', team_id: 'T1', user_id: 'U1', channel_id: 'C9' };
    expect(fromSlashCommand(body, anna)).toEqual({
      kind: 'command',
      user: anna,
      channel: { platform: 'slack', workspaceId: 'T1', chatId: 'C9' },
      text: 'ar Acme',
    });
  });
});

describe('button clicks', () => {
  const click = (actionId: string, type = 'button') => ({
    type: 'block_actions' as const,
    team: { id: 'T1' },
    user: { id: 'U1' },
    channel: { id: 'C9' },
    message: { ts: '17.01' },
    actions: [{ action_id: actionId, type, value: 'o:14:2026-11-23:7' }],
  });

  it('give the neutral action id (without the counter that kept it unique), the value and the message', () => {
    expect(fromBlockAction(click('item.promise~3'), anna)).toEqual({
      kind: 'action',
      user: anna,
      channel: { platform: 'slack', workspaceId: 'T1', chatId: 'C9' },
      actionId: 'item.promise',
      value: 'o:14:2026-11-23:7',
      message: { chatId: 'C9', messageId: '17.01' },
    });
  });

  it('ignore elements that are not buttons', () => {
    expect(fromBlockAction(click('x', 'static_select'), anna)).toBeNull();
  });
});

describe('submitted modals', () => {
  it('give the form id, the typed values and the hidden metadata, and the channel the form came from', () => {
    const view = renderModal(
      {
        formId: 'item.promise',
        title: 'Promise',
        submitLabel: 'Save',
        fields: [{ id: 'amount', label: 'Amount', kind: 'amount', currency: 'USD' }],
        metadata: { value: 'o:14' },
      },
      { messageRef: { channel: 'C9', ts: '17.01' } },
    );
    const body = {
      type: 'view_submission' as const,
      team: { id: 'T1' },
      user: { id: 'U1' },
      view: {
        callback_id: view.callback_id,
        private_metadata: view.private_metadata,
        state: { values: { amount: { amount: { type: 'plain_text_input', value: '5万' } } } },
      },
    };
    expect(fromViewSubmission(body, anna)).toEqual({
      kind: 'form_submit',
      user: anna,
      channel: { platform: 'slack', workspaceId: 'T1', chatId: 'C9' },
      formId: 'item.promise',
      values: { amount: '5万' },
      metadata: { value: 'o:14' },
    });
  });

  it('answer field errors in the acknowledgement and close on success, saying the rest privately', () => {
    const form = {
      formId: 'f',
      title: 't',
      submitLabel: 's',
      fields: [],
      metadata: {},
      errors: { amount: 'bad' },
    };
    expect(submissionAnswer({ kind: 'form_errors', form }, null)).toEqual({
      ack: { response_action: 'errors', errors: { amount: 'bad' } },
      after: { kind: 'none' },
    });
    const message = { text: 'ok', blocks: [] };
    expect(submissionAnswer({ kind: 'form_done', message }, 'C9')).toEqual({
      ack: undefined,
      after: { kind: 'private', message },
    });
    expect(submissionAnswer({ kind: 'form', form }, 'C9').ack).toMatchObject({ response_action: 'update' });
  });
});

describe('@mentions', () => {
  it('drop the mention of the bot and keep the command', () => {
    expect(mentionText('<@UBOT> promise INV-1 5万 fri', 'UBOT')).toBe('promise INV-1 5万 fri');
    expect(mentionText('<@UBOT|duebot>  overdue <@U7>', 'UBOT')).toBe('overdue <@U7>');
  });

  it('ignore what bots write', () => {
    const event = {
      type: 'app_mention' as const,
      text: '<@UBOT> help',
      channel: 'C9',
      user: 'U2',
      bot_id: 'B1',
    };
    expect(fromMention(event, 'T1', 'UBOT', anna)).toBeNull();
    expect(fromMention({ ...event, bot_id: undefined }, 'T1', 'UBOT', anna)?.text).toBe('help');
  });
});
