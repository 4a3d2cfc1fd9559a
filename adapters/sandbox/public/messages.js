import { renderBlocks } from './blocks.js';
import { el, formatInstant } from './dom.js';
import { t } from './labels.js';

// One posted message, its thread replies underneath, and the replies only the acting person
// sees. A message the bot edits is replaced where it stands.

function messageCtx(view, ctx, messageId) {
  return {
    mentions: view.content?.mentions ?? view.mentions ?? {},
    userId: ctx.userId,
    onButton: (button, node) => ctx.onButton(button, messageId, node),
  };
}

function meta(view, ctx, extra) {
  return el(
    'div',
    { class: 'meta' },
    el('span', { class: 'author' }, 'Duebot'),
    el('span', { class: 'app-tag' }, 'APP'),
    view.createdAt
      ? el(
          'time',
          { datetime: view.createdAt },
          formatInstant(view.createdAt, ctx.timeZone, false, ctx.locale),
        )
      : null,
    view.edited ? el('span', { class: 'edited', testid: 'edited' }, t('edited')) : null,
    extra,
  );
}

/** Blocks of a long message drawn at once; the rest follow as they scroll into view. */
const CHUNK = 40;
let chunkObserver = null;
const moreOf = new WeakMap();

function observeChunks(node) {
  chunkObserver ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        chunkObserver.unobserve(entry.target);
        moreOf.get(entry.target)?.();
      }
    },
    { root: document.getElementById('messages'), rootMargin: '600px 0px' },
  );
  chunkObserver.observe(node);
}

/** Draws blocks [from, upTo) of a message, then a marker that draws the next ones when seen. */
function drawBlocks(container, message, ctx, from, upTo) {
  const blocks = message.blocks ?? [];
  const end = Math.min(blocks.length, Math.max(upTo, from + CHUNK));
  container.append(...renderBlocks({ ...message, blocks: blocks.slice(from, end) }, ctx));
  container.dataset.shown = String(end);
  if (end >= blocks.length) return;
  const marker = el('div', { class: 'more-blocks', testid: 'more-blocks', 'aria-hidden': 'true' });
  moreOf.set(marker, () => {
    marker.remove();
    drawBlocks(container, message, ctx, end, end + CHUNK);
  });
  container.append(marker);
  observeChunks(marker);
}

/**
 * One posted message (a root or a reply). A long one shows its first blocks and the rest as the
 * person scrolls; `shown` keeps as many drawn as an earlier copy had, so an edit does not shrink it.
 */
export function renderMessage(view, ctx, shown = 0) {
  const message = view.content.message;
  const blocks = el('div', { class: 'blocks' });
  if (!message.blocks || message.blocks.length === 0)
    blocks.append(...renderBlocks(message, messageCtx(view, ctx, view.id)));
  else drawBlocks(blocks, message, messageCtx(view, ctx, view.id), 0, shown);
  return el(
    'article',
    { class: 'message', testid: 'message', 'data-message-id': view.id, 'data-version': String(view.version) },
    el('div', { class: 'avatar', 'aria-hidden': 'true' }, 'D'),
    el('div', { class: 'body' }, meta(view, ctx), blocks),
  );
}

function thread(root, replies, ctx) {
  const list = el(
    'div',
    { class: 'replies' },
    replies.map((r) => renderMessage(r, ctx)),
  );
  const collapsed = ctx.collapsed.has(root.id);
  list.hidden = collapsed;
  const label = replies.length === 1 ? t('reply') : t('replies', { count: replies.length });
  const toggle = el(
    'button',
    {
      type: 'button',
      class: 'thread-toggle',
      testid: 'thread-toggle',
      'aria-expanded': String(!collapsed),
      onclick: () => {
        list.hidden = !list.hidden;
        toggle.setAttribute('aria-expanded', String(!list.hidden));
        if (list.hidden) ctx.collapsed.add(root.id);
        else ctx.collapsed.delete(root.id);
      },
    },
    label,
  );
  return el('div', { class: 'thread', testid: 'thread' }, toggle, list);
}

/** A reply only the acting person sees, as a platform shows an ephemeral message. */
export function renderEphemeral(entry, ctx) {
  const dismiss = el(
    'button',
    { type: 'button', class: 'link', onclick: () => ctx.onDismiss(entry.id), testid: 'dismiss' },
    t('dismiss'),
  );
  const note = el('span', { class: 'only-you' }, t('onlyYou'), entry.about ? ` · ${entry.about}` : '');
  return el(
    'article',
    { class: 'message ephemeral', testid: 'ephemeral', 'data-ephemeral-id': String(entry.id) },
    el('div', { class: 'avatar', 'aria-hidden': 'true' }, 'D'),
    el(
      'div',
      { class: 'body' },
      meta({ createdAt: entry.createdAt }, ctx, [note, dismiss]),
      el(
        'div',
        { class: 'blocks' },
        renderBlocks(entry.message, messageCtx({ mentions: entry.mentions }, ctx, null)),
      ),
    ),
  );
}

/** A root with its replies, or a reply whose root is not loaded, standing alone. */
export function renderItem(root, replies, ctx) {
  const node = renderMessage(root, ctx);
  if (replies.length > 0) node.querySelector('.body').append(thread(root, replies, ctx));
  return node;
}

/** Roots in order, each with the replies loaded for it. */
export function groupThreads(views) {
  const ids = new Set(views.map((v) => v.id));
  const byRoot = new Map();
  const roots = [];
  for (const v of views) {
    if (v.threadId && ids.has(v.threadId)) {
      if (!byRoot.has(v.threadId)) byRoot.set(v.threadId, []);
      byRoot.get(v.threadId).push(v);
    } else roots.push(v);
  }
  return roots.map((root) => ({ root, replies: byRoot.get(root.id) ?? [] }));
}
