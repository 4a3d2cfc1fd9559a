import type { MentionTarget } from '../../../src/chat/port.js';

export type Mentions = Record<string, MentionTarget>;

const MENTION = /<@person:(\d+)>/g;

/**
 * Escapes what Lark markdown would read as markup of its own (`<at>`, `<font>`, links, HTML
 * entities), so a customer called "<b>A&B</b>" shows exactly as written.
 */
export function escapeLark(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A person as Lark shows them: a real @mention when bound to an open_id, else their name. */
export function larkMention(personId: string, mentions: Mentions): string {
  const target = mentions[personId];
  if (target?.userId) return `<at id=${target.userId}></at>`;
  return `@${escapeLark(target?.name ?? `person ${personId}`)}`;
}

/** Neutral markdown subset (**bold**, _italic_, `code`, line breaks, mentions) → Lark markdown. */
export function toLarkMarkdown(text: string, mentions: Mentions): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(MENTION)) {
    out += convertSegment(text.slice(last, match.index));
    out += larkMention(match[1] ?? '', mentions);
    last = match.index + match[0].length;
  }
  return out + convertSegment(text.slice(last));
}

function convertSegment(segment: string): string {
  // Lark italic is *x*; underscores inside words (snake_case ids) stay as they are.
  return escapeLark(segment).replace(/(^|[^\w])_([^_\n]+)_(?=$|[^\w])/g, '$1*$2*');
}

/** Small grey notation text, Lark's equivalent of a context line. */
export function greyNote(markdown: string): { tag: 'markdown'; content: string; text_size: 'notation' } {
  return { tag: 'markdown', content: `<font color='grey'>${markdown}</font>`, text_size: 'notation' };
}

/** Splits markdown at line breaks into pieces of at most `maxBytes` each; one overlong line is cut. */
export function splitMarkdown(markdown: string, maxBytes: number): string[] {
  const pieces: string[] = [];
  let current: string[] = [];
  let currentBytes = 0;
  for (const line of markdown.split('\n')) {
    for (const part of cutLine(line, maxBytes)) {
      const bytes = Buffer.byteLength(part);
      // Sizes are added up rather than measured again, so a long text is split in one pass.
      if (current.length > 0 && currentBytes + 1 + bytes > maxBytes) {
        pieces.push(current.join('\n'));
        current = [];
        currentBytes = 0;
      }
      currentBytes += current.length > 0 ? 1 + bytes : bytes;
      current.push(part);
    }
  }
  if (current.length > 0 || pieces.length === 0) pieces.push(current.join('\n'));
  return pieces;
}

const utf8Bytes = (codePoint: number): number =>
  codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;

function cutLine(line: string, maxBytes: number): string[] {
  if (Buffer.byteLength(line) <= maxBytes) return [line];
  const parts: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < line.length; ) {
    const codePoint = line.codePointAt(i) ?? 0;
    const width = codePoint > 0xffff ? 2 : 1;
    const size = utf8Bytes(codePoint);
    if (bytes + size > maxBytes && i > start) {
      parts.push(line.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += size;
    i += width;
  }
  parts.push(line.slice(start));
  return parts;
}
