import type { Block } from '../../../src/chat/message.js';
import type { Rendered } from '../../../src/chat/port.js';
import { renderActions } from './actions.js';
import { mrkdwn, type SlackBlock, type SlackPayload } from './blocks.js';
import { renderFields } from './fields.js';
import { renderHeader } from './header.js';
import { ellipsize, LIMITS } from './limits.js';
import { escapeSlack, type Mentions, toPlainFallback } from './mrkdwn.js';
import { renderTable } from './table.js';
import { renderContext, renderText } from './text.js';

/** One neutral block as the Block Kit blocks that show it, each already within Slack's limits. */
export function renderBlock(block: Block, mentions: Mentions): SlackBlock[] {
  switch (block.type) {
    case 'header':
      return renderHeader(block.text, mentions);
    case 'text':
      return renderText(block.text, mentions);
    case 'fields':
      return renderFields(block.fields, mentions);
    case 'table':
      return renderTable(block.columns, block.rows, mentions);
    case 'actions':
      return renderActions(block.buttons);
    case 'context':
      return renderContext(block.text, mentions);
    case 'file':
      // The bytes travel through files.uploadV2; in a message the file is named where it belongs.
      return [
        {
          type: 'context',
          elements: [mrkdwn(`:page_facing_up: ${escapeSlack(`${block.title} (${block.name})`)}`)],
        },
      ];
    case 'divider':
      return [{ type: 'divider' }];
    case 'image':
      // Pictures travel as files in the thread (Slack image blocks need a public URL); here the summary stands in.
      return [{ type: 'context', elements: [mrkdwn(`:bar_chart: ${escapeSlack(block.altText)}`)] }];
  }
}

/**
 * Cuts the blocks into groups of at most 50, preferring to start a group at a header so that a
 * collector's section stays together in one thread reply.
 */
function pack(blocks: SlackBlock[], max: number): SlackBlock[][] {
  const groups: SlackBlock[][] = [];
  let rest = blocks;
  while (rest.length > max) {
    let cut = max;
    for (let i = max; i > max / 5; i--) {
      if (rest[i]?.type === 'header') {
        cut = i;
        break;
      }
    }
    groups.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  groups.push(rest);
  return groups;
}

/**
 * A neutral message as one or more `chat.postMessage` payloads. The first is the message itself;
 * any further ones continue it as replies in its thread. Every block appears in exactly one.
 */
export function renderMessage(content: Rendered): SlackPayload[] {
  const { message, mentions } = content;
  const blocks = message.blocks.flatMap((b) => renderBlock(b, mentions));
  // Room is kept for the "(2/3)" marker of continuation parts.
  const fallback = ellipsize(toPlainFallback(message.text, mentions), LIMITS.fallbackText - 16);
  const groups = pack(blocks, LIMITS.blocksPerMessage);
  return groups.map((group, i) => ({
    text: i === 0 ? fallback : `${fallback} (${i + 1}/${groups.length})`,
    blocks: group,
  }));
}
