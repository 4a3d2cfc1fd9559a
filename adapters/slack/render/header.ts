import { plain, type SlackBlock } from './blocks.js';
import { ellipsize, LIMITS } from './limits.js';
import type { Mentions } from './mrkdwn.js';
import { renderContext } from './text.js';

/**
 * A header is plain text of at most 150 characters. A longer one is cut with an ellipsis and its
 * full wording follows as a context line, so nothing is lost.
 */
export function renderHeader(text: string, mentions: Mentions): SlackBlock[] {
  // plain_text shows neither mentions nor markdown: people appear by name, markers are removed.
  const named = text
    .replace(/<@person:(\d+)>/g, (_, id: string) => `@${mentions[id]?.name ?? 'someone'}`)
    .replace(/\*\*(.+?)\*\*/g, '$1');
  if (named.trim() === '') return [];
  if ([...named].length <= LIMITS.headerText) return [{ type: 'header', text: plain(named) }];
  return [
    { type: 'header', text: plain(ellipsize(named, LIMITS.headerText)) },
    ...renderContext(text, mentions),
  ];
}
