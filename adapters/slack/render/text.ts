import { mrkdwn, type SlackBlock } from './blocks.js';
import { LIMITS } from './limits.js';
import { type Mentions, splitText, toMrkdwn } from './mrkdwn.js';

/** A markdown text block as one or more sections of at most 3,000 characters each. */
export function renderText(text: string, mentions: Mentions): SlackBlock[] {
  const converted = toMrkdwn(text, mentions);
  if (converted.trim() === '') return [];
  return splitText(converted, LIMITS.sectionText).map((chunk) => ({ type: 'section', text: mrkdwn(chunk) }));
}

/** A context line (small grey text), split into several context blocks when long. */
export function renderContext(text: string, mentions: Mentions): SlackBlock[] {
  const converted = toMrkdwn(text, mentions);
  if (converted.trim() === '') return [];
  return splitText(converted, LIMITS.contextText).map((chunk) => ({
    type: 'context',
    elements: [mrkdwn(chunk)],
  }));
}
