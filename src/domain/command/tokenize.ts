/**
 * Splitting a chat message into words, keeping quoted names ("Acme Ltd", 「华为」, “华为”)
 * whole and remembering where each word was so notes can be cut from the original text.
 */
import { normalizeInput } from '../normalize-text.js';

/** One word of a command. */
export interface Token {
  /** The word, without its quotes. */
  text: string;
  quoted: boolean;
  /** Lower-cased, full-width folded form for keyword matching ('' for quoted words). */
  key: string;
  /** Offsets in the message, quotes included. */
  start: number;
  end: number;
}

/** The words of a message, or the unclosed quoted text and the words before it. */
export type TokenizeResult = { ok: true; tokens: Token[] } | { ok: false; unclosed: string; tokens: Token[] };

// Each opening quote and the closers accepted for it: phones often pair “ with a plain ".
const QUOTES: ReadonlyMap<string, string> = new Map([
  ['"', '"'],
  ['＂', '＂"'],
  ['“', '”"'],
  ['「', '」'],
  ['『', '』'],
  ['‘', '’'],
]);

const isSpace = (c: string): boolean => /\s/.test(c);

/** Splits a message into words and quoted phrases. */
export function tokenize(text: string): TokenizeResult {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charAt(i);
    if (isSpace(c)) {
      i += 1;
      continue;
    }
    const closers = QUOTES.get(c);
    if (closers !== undefined) {
      let j = i + 1;
      while (j < text.length && !closers.includes(text.charAt(j))) j += 1;
      if (j >= text.length) return { ok: false, unclosed: text.slice(i), tokens };
      tokens.push({ text: text.slice(i + 1, j), quoted: true, key: '', start: i, end: j + 1 });
      i = j + 1;
      continue;
    }
    let j = i;
    while (j < text.length && !isSpace(text.charAt(j))) j += 1;
    const word = text.slice(i, j);
    tokens.push({ text: word, quoted: false, key: normalizeInput(word).toLowerCase(), start: i, end: j });
    i = j;
  }
  return { ok: true, tokens };
}

/** The original text from the first to the last of the tokens, or null when there are none. */
export function rawText(text: string, tokens: readonly Token[]): string | null {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (first === undefined || last === undefined) return null;
  const slice = text.slice(first.start, last.end).trim();
  return slice === '' ? null : slice;
}
