import { el } from './dom.js';
import { inline } from './markdown.js';

// Renders every block type of the neutral message model. `ctx` carries the mentions of the
// message, the acting user, and `onButton(button)` for clicks.

const RENDER = {
  header: (b, ctx) => el('h3', { class: 'block block-header', testid: 'block-header' }, inline(b.text, ctx)),
  text: (b, ctx) => el('div', { class: 'block block-text', testid: 'block-text' }, inline(b.text, ctx)),
  context: (b, ctx) =>
    el('div', { class: 'block block-context', testid: 'block-context' }, inline(b.text, ctx)),
  divider: () => el('hr', { class: 'block block-divider', testid: 'block-divider' }),
  fields: (b, ctx) =>
    el(
      'dl',
      { class: 'block block-fields', testid: 'block-fields' },
      b.fields.map((f) =>
        el('div', { class: 'field' }, el('dt', {}, inline(f.label, ctx)), el('dd', {}, inline(f.value, ctx))),
      ),
    ),
  table: (b, ctx) => table(b, ctx),
  actions: (b, ctx) =>
    el(
      'div',
      { class: 'block block-actions', testid: 'block-actions' },
      b.buttons.map((button) =>
        el(
          'button',
          {
            type: 'button',
            class: `btn ${button.style ? `btn-${button.style}` : ''}`,
            testid: 'action-button',
            'data-action-id': button.actionId,
            'data-value': button.value,
            onclick: (event) => ctx.onButton?.(button, event.currentTarget),
          },
          button.label,
        ),
      ),
    ),
  // A chart drawn by the bot, inline; its one-line summary is the alternative text and the caption.
  image: (b) =>
    el(
      'figure',
      { class: 'block block-image', testid: 'block-image' },
      el('img', { src: `data:image/png;base64,${b.contentBase64}`, alt: b.altText, loading: 'lazy' }),
      el('figcaption', {}, b.altText),
    ),
  file: (b) =>
    el(
      'a',
      {
        class: 'block block-file',
        testid: 'block-file',
        href: `/api/files/${encodeURIComponent(b.fileKey)}`,
        download: b.name,
      },
      el('span', { class: 'file-icon', 'aria-hidden': 'true' }, fileBadge(b.name)),
      el('span', { class: 'file-text' }, el('strong', {}, b.title), el('small', {}, b.name)),
    ),
};

function fileBadge(name) {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1, dot + 5).toUpperCase() : 'FILE';
}

function table(b, ctx) {
  const align = (c) => (c.align === 'right' ? 'num' : undefined);
  return el(
    'div',
    { class: 'block block-table', testid: 'block-table' },
    el(
      'table',
      {},
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          b.columns.map((c) => el('th', { class: align(c) }, c.label)),
        ),
      ),
      el(
        'tbody',
        {},
        b.rows.map((row) =>
          el(
            'tr',
            { testid: 'table-row' },
            b.columns.map((c) => el('td', { class: align(c) }, inline(row[c.key] ?? '', ctx))),
          ),
        ),
      ),
    ),
  );
}

/** The blocks of a message; a message without blocks shows its fallback text. */
export function renderBlocks(message, ctx) {
  if (!message.blocks || message.blocks.length === 0)
    return [el('div', { class: 'block block-text', testid: 'block-text' }, inline(message.text ?? '', ctx))];
  return message.blocks.map((block) => {
    const render = RENDER[block.type];
    // A block type this page does not know yet still shows its content rather than vanishing.
    return render
      ? render(block, ctx)
      : el('pre', { class: 'block block-unknown', testid: 'block-unknown' }, JSON.stringify(block, null, 2));
  });
}
