import { greyNote, type Mentions, splitMarkdown, toLarkMarkdown } from './markdown.js';
import { type CardElement, MARKDOWN_CHUNK_BYTES } from './types.js';

/** A text block: one markdown element, or several split at line breaks when it is long. */
export function renderText(text: string, mentions: Mentions): CardElement[] {
  return splitMarkdown(toLarkMarkdown(text, mentions), MARKDOWN_CHUNK_BYTES).map((content) => ({
    tag: 'markdown',
    content,
  }));
}

/** A context block: small grey notation text. */
export function renderContext(text: string, mentions: Mentions): CardElement[] {
  return splitMarkdown(toLarkMarkdown(text, mentions), MARKDOWN_CHUNK_BYTES).map(greyNote);
}

/** A header after the first one (which becomes the card header) is shown as a bold heading. */
export function renderHeading(text: string, mentions: Mentions): CardElement[] {
  return [{ tag: 'markdown', content: `**${toLarkMarkdown(text, mentions)}**` }];
}

/** A file block: the file itself is sent as a file message in the thread, so this is a note. */
export function renderFileNote(title: string, name: string, mentions: Mentions): CardElement[] {
  const label = toLarkMarkdown(title, mentions);
  const file = toLarkMarkdown(name, mentions);
  return [{ tag: 'markdown', content: `📎 **${label}** (${file}): the file follows in this thread.` }];
}
