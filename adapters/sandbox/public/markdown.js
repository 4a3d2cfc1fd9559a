import { el } from './dom.js';

// The markdown subset of the neutral message model: **bold**, _italic_, ~~struck~~ (settled
// items), `code`, line breaks (kept by `white-space: pre-wrap`), and mentions `<@person:ID>`.
const TOKEN =
  /\*\*([^*]+?)\*\*|~~([^~\n]+?)~~|`([^`\n]+?)`|<@person:(\d+)>|(?<![\p{L}\p{N}_])_([^_\n]+?)_(?![\p{L}\p{N}_])/gu;

/**
 * Renders one piece of text as nodes. `ctx.mentions` maps person ids to `{ userId, name }`;
 * a mention of the person acting in the page is highlighted more strongly.
 */
export function inline(text, ctx = {}) {
  const out = [];
  let last = 0;
  for (const match of String(text).matchAll(TOKEN)) {
    if (match.index > last) out.push(text.slice(last, match.index));
    const [, bold, struck, code, personId, italic] = match;
    if (bold !== undefined) out.push(el('strong', {}, inline(bold, ctx)));
    else if (struck !== undefined) out.push(el('s', {}, inline(struck, ctx)));
    else if (code !== undefined) out.push(el('code', {}, code));
    else if (personId !== undefined) out.push(mention(personId, ctx));
    else out.push(el('em', {}, inline(italic, ctx)));
    last = match.index + match[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

function mention(personId, ctx) {
  const target = ctx.mentions?.[personId];
  const me = target?.userId && target.userId === ctx.userId;
  return el(
    'span',
    { class: me ? 'mention mention-me' : 'mention', testid: 'mention', title: target?.userId ?? undefined },
    `@${target?.name ?? `person ${personId}`}`,
  );
}
