import type { Block } from '../../../src/chat/message.js';
import type { Rendered } from '../../../src/chat/port.js';
import { type ImageKeys, renderBlock } from './blocks.js';
import { packElements } from './split.js';
import { byteSize, type Card, type CardElement, countElements, plain } from './types.js';

const HEADER_COLOUR = 'blue';

/** A card with an optional header around the given elements. */
export function card(title: string | undefined, elements: CardElement[], template = HEADER_COLOUR): Card {
  return {
    schema: '2.0',
    config: { update_multi: true, width_mode: 'fill' },
    ...(title ? { header: { title: plain(title), template } } : {}),
    body: { elements },
  };
}

/**
 * A neutral message → one or more cards. The first is the message itself; the rest continue it
 * in its thread, titled "(2/3)" and so on. Every element appears on exactly one card.
 */
export function renderMessageCards(content: Rendered, images?: ImageKeys): Card[] {
  const { message, mentions } = content;
  const first = message.blocks.find((b) => b.type === 'header');
  const title = first?.type === 'header' ? first.text : undefined;
  const runs = toRuns(
    message.blocks.filter((b) => b !== first),
    mentions,
    images,
  );
  if (runs.length === 0 && message.text)
    runs.push(renderBlock({ type: 'text', text: message.text }, mentions));
  const continuation = title ?? firstLine(message.text);
  const empty = card(`${continuation} (99/99)`, []);
  const groups = packElements(runs, byteSize(empty), countElements(empty));
  return groups.map((group, i) =>
    i === 0 ? card(title, group) : card(`${continuation} (${i + 1}/${groups.length})`, group),
  );
}

/**
 * Each element is a run of its own, except that buttons and context lines join the element before
 * them, so an item is never separated from its buttons by a card boundary.
 */
function toRuns(blocks: Block[], mentions: Rendered['mentions'], images?: ImageKeys): CardElement[][] {
  const runs: CardElement[][] = [];
  for (const block of blocks) {
    const elements = renderBlock(block, mentions, images);
    const last = runs[runs.length - 1];
    if ((block.type === 'actions' || block.type === 'context') && last) last.push(...elements);
    else runs.push(...elements.map((e) => [e]));
  }
  return runs;
}

function firstLine(text: string): string {
  const line = text.split('\n')[0]?.trim() ?? '';
  return line.length > 60 ? `${line.slice(0, 59)}…` : line || 'Duebot';
}
