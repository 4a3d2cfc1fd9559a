import type { MentionTarget } from '../../../src/chat/port.js';

export type Mentions = Record<string, MentionTarget>;

const MENTION = /<@person:(\d+)>/g;

/** Escapes the three characters Slack treats as control characters in any text field. */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Replaces our `<@person:ID>` mentions, escaping everything else. A person bound to Slack becomes
 * `<@U…>`; one who is not becomes their plain name, so the text still reads right.
 */
export function withMentions(text: string, mentions: Mentions, asName = false): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(MENTION)) {
    out += escapeSlack(text.slice(last, m.index));
    const target = mentions[m[1] ?? ''];
    if (target?.userId && !asName) out += `<@${target.userId}>`;
    else out += escapeSlack(target ? `@${target.name}` : '@someone');
    last = (m.index ?? 0) + m[0].length;
  }
  return out + escapeSlack(text.slice(last));
}

/** Converts our markdown subset (**bold**, _italic_, `code`, line breaks, mentions) to Slack mrkdwn. */
export function toMrkdwn(text: string, mentions: Mentions): string {
  // Bold is the only marker that differs; code spans are left alone so `**` inside stays literal.
  return withMentions(text, mentions)
    .split(/(`[^`\n]*`)/)
    .map((part) => (part.startsWith('`') ? part : part.replace(/\*\*(.+?)\*\*/g, '*$1*')))
    .join('');
}

/** Plain notification text: mentions as Slack ids, markdown markers removed. */
export function toPlainFallback(text: string, mentions: Mentions): string {
  return withMentions(text, mentions).replace(/\*\*(.+?)\*\*/g, '$1');
}

/** Where a cut at or before `max` does not break an entity (`&amp;`) or a mention (`<@U1>`). */
function safeCut(text: string, max: number): number {
  let cut = max;
  const space = text.lastIndexOf(' ', max);
  if (space > max / 2) cut = space + 1;
  const amp = text.lastIndexOf('&', cut - 1);
  if (amp >= 0 && text.indexOf(';', amp) >= cut) cut = amp;
  const lt = text.lastIndexOf('<', cut - 1);
  if (lt >= 0 && text.indexOf('>', lt) >= cut) cut = lt;
  return cut > 0 ? cut : max;
}

/** Splits text into chunks of at most `max` characters, at line breaks where possible; loses nothing. */
export function splitText(text: string, max: number): string[] {
  const chunks: string[] = [];
  let current = '';
  const flush = () => {
    if (current) chunks.push(current);
    current = '';
  };
  for (const line of text.split('\n')) {
    const candidate = current ? `${current}\n${line}` : line;
    if (candidate.length <= max) {
      current = candidate;
      continue;
    }
    flush();
    let rest = line;
    while (rest.length > max) {
      const cut = safeCut(rest, max);
      chunks.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    current = rest;
  }
  flush();
  return chunks.length > 0 ? chunks : [''];
}
