/** The subset of Block Kit that Duebot sends, typed loosely enough to pass to `@slack/web-api`. */

export interface PlainText {
  type: 'plain_text';
  text: string;
  emoji?: boolean;
}

export interface Mrkdwn {
  type: 'mrkdwn';
  text: string;
}

export interface SlackButton {
  type: 'button';
  action_id: string;
  text: PlainText;
  value: string;
  style?: 'primary' | 'danger';
}

export type SlackBlock =
  | { type: 'header'; text: PlainText }
  | { type: 'section'; text: Mrkdwn }
  | { type: 'section'; fields: Mrkdwn[] }
  | { type: 'actions'; elements: SlackButton[] }
  | { type: 'context'; elements: Mrkdwn[] }
  | { type: 'divider' };

/** One `chat.postMessage` / `chat.update` body without the channel. */
export interface SlackPayload {
  text: string;
  blocks: SlackBlock[];
}

/** Builds a plain_text object. */
export function plain(text: string): PlainText {
  return { type: 'plain_text', text, emoji: true };
}

/** Builds a mrkdwn object. */
export function mrkdwn(text: string): Mrkdwn {
  return { type: 'mrkdwn', text };
}
