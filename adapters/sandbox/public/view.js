import { renderClock } from './clock.js';
import { dayOf, daySection } from './dayview.js';
import { el } from './dom.js';
import { labelPage, pageLocale, t } from './labels.js';
import { groupThreads, renderEphemeral, renderItem, renderMessage } from './messages.js';
import { renderNav, renderUserSwitcher } from './sidebar.js';
import { $, channelOf, chatOf, handlers, me, simulatedNow, state, teamInView } from './state.js';

// Draws the page from the state; every control calls back through `handlers`. A channel shows
// today open and earlier days folded; an edited message is replaced in place.

/** Posts of an open day drawn at once; earlier ones are drawn as they scroll into view. */
const EAGER = 3;

function listCtx() {
  return {
    userId: state.userId,
    timeZone: teamInView()?.timezone ?? 'UTC',
    locale: t('dateLocale'),
    collapsed: state.collapsed,
    onButton: handlers.onButton,
    onDismiss: (id) => {
      state.ephemerals = state.ephemerals.filter((e) => e.id !== id);
      $('messages').querySelector(`[data-ephemeral-id="${id}"]`)?.remove();
    },
  };
}

function emptyNote() {
  return el(
    'p',
    { class: 'empty', testid: 'empty' },
    chatOf(state.view) ? t('emptyChannel') : t('emptyDirect'),
  );
}

const pending = new WeakMap();
let observer = null;

/** Draws placeholders once they come near the visible part of the list. */
function lazyObserver() {
  if (observer) return observer;
  observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        if (entry.target.dataset.testid === 'load-earlier') handlers.onLoadOlder();
        else drawPlaceholder(entry.target);
      }
    },
    { root: $('messages'), rootMargin: '800px 0px' },
  );
  return observer;
}

function drawPlaceholder(node) {
  const id = pending.get(node);
  const root = state.messages.find((m) => m.id === id);
  if (!root || !node.isConnected) return;
  node.replaceWith(itemWithEphemerals(root, listCtx()));
}

function repliesOf(rootId) {
  return state.messages.filter((m) => m.threadId === rootId);
}

/** A root, its thread, and the private answers given about it, which stay right under it. */
function itemWithEphemerals(root, ctx) {
  const node = renderItem(root, repliesOf(root.id), ctx);
  const notes = state.ephemerals.filter((e) => e.anchor === root.id).map((e) => renderEphemeral(e, ctx));
  if (notes.length === 0) return node;
  const group = document.createDocumentFragment();
  group.append(node, ...notes);
  return group;
}

function placeholder(root) {
  const blocks = root.content?.message?.blocks?.length ?? 1;
  const node = el('div', { class: 'message-placeholder' });
  // Set through the style object: the page's content policy refuses inline style attributes.
  node.style.minHeight = `${40 + Math.min(blocks, 40) * 28}px`;
  pending.set(node, root.id);
  lazyObserver().observe(node);
  return node;
}

function fillDay(body, roots, ctx) {
  const lazyUntil = roots.length - EAGER;
  body.append(
    ...roots.map(({ root }, i) => (i < lazyUntil ? placeholder(root) : itemWithEphemerals(root, ctx))),
  );
}

function channelEntries(ctx) {
  const tz = ctx.timeZone;
  const today = dayOf(simulatedNow(), tz);
  const roots = groupThreads(state.messages);
  const days = new Map();
  for (const item of roots) {
    const day = dayOf(item.root.createdAt, tz);
    if (!days.has(day)) days.set(day, []);
    days.get(day).push(item);
  }
  const sections = [...days].map(([day, items]) =>
    daySection(day, {
      count: items.length,
      open: day === today || state.openDays.has(day),
      isToday: day === today,
      locale: ctx.locale,
      fill: (body) => fillDay(body, items, ctx),
      onToggle: (d, open) => (open ? state.openDays.add(d) : state.openDays.delete(d)),
    }),
  );
  const earlier = state.more
    ? [el('div', { class: 'load-earlier', testid: 'load-earlier' }, t('loadingEarlier'))]
    : [];
  for (const node of earlier) lazyObserver().observe(node);
  return [...earlier, ...sections];
}

function searchEntries(ctx) {
  const { query, messages } = state.search;
  const chat = chatOf(state.view) ?? '';
  const note = el(
    'p',
    { class: 'search-note', testid: 'search-note' },
    messages.length === 0
      ? t('searchNone', { chat, query })
      : t('searchFound', { chat, query, count: messages.length }),
  );
  return [note, ...messages.map((m) => renderMessage(m, ctx))];
}

/** Redraws the list; keeps the scroll position unless asked for the bottom. */
export function renderMessages({ toBottom = false } = {}) {
  const list = $('messages');
  const ctx = listCtx();
  const atBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 80;
  const top = list.scrollTop;
  const entries = state.search ? searchEntries(ctx) : channelEntries(ctx);
  const loose = state.ephemerals.filter((e) => !e.anchor || state.search).map((e) => renderEphemeral(e, ctx));
  list.replaceChildren(...entries, ...loose);
  if (entries.length + loose.length === 0) list.append(emptyNote());
  list.scrollTop = (atBottom && !state.search) || toBottom ? list.scrollHeight : top;
}

/**
 * Shows a new or edited message without redrawing the rest; false when it needs a full redraw.
 * An edit of a message not drawn (folded, or not yet scrolled to) is drawn when it is reached.
 */
export function placeOnPage(message, known) {
  const list = $('messages');
  const ctx = listCtx();
  const existing = list.querySelector(`article[data-message-id="${message.id}"]`);
  if (existing) {
    const shown = Number(existing.querySelector(':scope > .body > .blocks')?.dataset.shown ?? 0);
    const fresh = renderMessage(message, ctx, shown);
    const oldThread = existing.querySelector(':scope > .body > .thread');
    if (oldThread) fresh.querySelector('.body').append(oldThread);
    existing.replaceWith(fresh);
    return true;
  }
  if (state.search || known) return true;
  const rootId = message.threadId;
  if (rootId) {
    const root = list.querySelector(`article[data-message-id="${rootId}"]`);
    const view = state.messages.find((m) => m.id === rootId);
    if (!root || !view) return false;
    root.replaceWith(renderItem(view, repliesOf(rootId), ctx));
    return true;
  }
  const today = dayOf(simulatedNow(), ctx.timeZone);
  const body = list.querySelector(`section[data-day="${today}"][data-open="true"] > .day-body`);
  if (!body || dayOf(message.createdAt, ctx.timeZone) !== today) return false;
  const atBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 80;
  body.append(renderItem(message, [], ctx));
  const count = body.parentElement.querySelector('.day-count');
  if (count) count.textContent = t('dayPosts', { count: body.children.length });
  if (atBottom) list.scrollTop = list.scrollHeight;
  return true;
}

/** A private answer about a message goes right under it; anything else at the end of the list. */
export function placeEphemeral(entry) {
  const list = $('messages');
  const node = renderEphemeral(entry, listCtx());
  const anchor = entry.anchor && list.querySelector(`article[data-message-id="${entry.anchor}"]`);
  if (anchor) {
    let after = anchor;
    while (after.nextElementSibling?.dataset.ephemeralId) after = after.nextElementSibling;
    after.after(node);
    return;
  }
  list.querySelector('[data-testid="empty"]')?.remove();
  list.append(node);
  list.scrollTop = list.scrollHeight;
}

export function renderClockPanel() {
  renderClock($('clock'), {
    clock: state.workspace.clock,
    skew: state.skew,
    team: teamInView(),
    busy: state.busy,
    onRunToday: handlers.onRunToday,
    onMove: handlers.onMove,
  });
}

/** Everything around the list: title, navigation, the switcher, search and the clock. */
export function renderChrome() {
  labelPage();
  const channel = channelOf(state.view);
  $('view-title').textContent = channel ? `# ${channel.chatId}` : t('directMessages');
  $('view-subtitle').textContent = channel
    ? channel.name
    : t('directSubtitle', { name: me()?.name ?? t('you') });
  $('command-input').placeholder = channel
    ? t('commandInChannel', { chat: channel.chatId })
    : t('commandDirect');
  $('search-form').hidden = !channel;
  // Finance drops ledger files into its direct conversation with Duebot, as on a chat platform.
  $('upload-button').hidden = channel !== undefined || me()?.role !== 'admin';
  $('upload-button').title = t('uploadTitle');
  $('search-input').placeholder = channel ? t('searchPlaceholder', { chat: channel.chatId }) : '';
  document.body.dataset.locale = pageLocale();
  renderNav($('nav'), {
    channels: state.workspace.channels,
    view: state.view,
    unread: state.unread,
    onOpen: handlers.onOpen,
  });
  renderUserSwitcher($('user-switcher'), $('user-info'), {
    people: state.workspace.people,
    userId: state.userId,
    onChange: handlers.onSwitchUser,
  });
  renderClockPanel();
}
