import { type Mrkdwn, mrkdwn, type SlackBlock } from './blocks.js';
import { LIMITS } from './limits.js';
import { type Mentions, toMrkdwn } from './mrkdwn.js';
import { renderText } from './text.js';

/**
 * Label/value pairs as section fields, ten per section. A pair too long for a field (2,000
 * characters) becomes its own text section instead of being shortened.
 */
export function renderFields(fields: { label: string; value: string }[], mentions: Mentions): SlackBlock[] {
  const blocks: SlackBlock[] = [];
  let group: Mrkdwn[] = [];
  const flush = () => {
    if (group.length > 0) blocks.push({ type: 'section', fields: group });
    group = [];
  };
  for (const field of fields) {
    const text = toMrkdwn(`**${field.label}**\n${field.value}`, mentions);
    if (text.length > LIMITS.fieldText) {
      flush();
      blocks.push(...renderText(`**${field.label}**\n${field.value}`, mentions));
      continue;
    }
    group.push(mrkdwn(text));
    if (group.length === LIMITS.fieldsPerSection) flush();
  }
  flush();
  return blocks;
}
