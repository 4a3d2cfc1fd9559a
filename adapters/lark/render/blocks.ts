import type { Block } from '../../../src/chat/message.js';
import { renderActions } from './actions.js';
import { renderFields } from './fields.js';
import { renderImage } from './image.js';
import type { Mentions } from './markdown.js';
import { renderTable } from './table.js';
import { renderContext, renderFileNote, renderHeading, renderText } from './text.js';
import type { CardElement } from './types.js';

/** Pictures already uploaded to Lark, by the image block's name. */
export type ImageKeys = ReadonlyMap<string, string>;

/** One neutral block → the card elements it becomes; each element can go on its own card when split. */
export function renderBlock(block: Block, mentions: Mentions, images?: ImageKeys): CardElement[] {
  switch (block.type) {
    case 'header':
      return renderHeading(block.text, mentions);
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
      return renderFileNote(block.title, block.name, mentions);
    case 'divider':
      return [{ tag: 'hr' }];
    case 'image':
      return renderImage(block, images?.get(block.name));
  }
}
