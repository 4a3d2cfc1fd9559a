import type { Block } from '../../../src/chat/message.js';
import { escapeLark } from './markdown.js';
import { type CardElement, plain } from './types.js';

/**
 * A picture uploaded through im/v1/images shows inside the card, its summary as the hover text and
 * a caption; without an image key (a private answer) the summary stands in for it.
 */
export function renderImage(
  block: Extract<Block, { type: 'image' }>,
  imageKey: string | undefined,
): CardElement[] {
  if (!imageKey) return [{ tag: 'markdown', content: `📊 ${escapeLark(block.altText)}` }];
  return [
    {
      tag: 'img',
      img_key: imageKey,
      alt: plain(block.altText),
      scale_type: 'fit_horizontal',
      preview: true,
    },
  ];
}
