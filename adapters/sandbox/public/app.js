import { getJson, postJson } from './api.js';
import { toast } from './dom.js';
import { clickButton, sendCommand, sendFile } from './interact.js';
import { describeRuns, t } from './labels.js';
import { startSearch } from './search.js';
import { $, channelOf, chatOf, handlers, state, teamInView } from './state.js';
import { placeOnPage, renderChrome, renderClockPanel, renderMessages } from './view.js';

// The sandbox workspace page: loading conversations, the live event stream and the clock.

// Messages that arrive while a conversation is loading are applied on top of what the load returns,
// so a message posted during the load is never lost.
let loading = 0;
const arrivedWhileLoading = [];

function conversation() {
  const chatId = chatOf(state.view);
  // An empty roster leaves nobody to show direct messages for.
  return chatId ? { chatId } : state.userId ? { userId: state.userId } : null;
}

async function loadMessages() {
  const query = conversation();
  loading++;
  try {
    const page = query ? await getJson('/api/messages', query) : { messages: [], more: false };
    state.messages = page.messages;
    state.more = page.more;
    for (const message of arrivedWhileLoading) placeMessage(message);
  } finally {
    loading--;
    if (loading === 0) arrivedWhileLoading.length = 0;
  }
  renderMessages();
}

let loadingOlder = false;

/** The page of messages before the oldest shown, when the person scrolls up to it. */
async function loadOlder() {
  const query = conversation();
  const oldest = state.messages[0];
  if (!query || !oldest || !state.more || loadingOlder) return;
  loadingOlder = true;
  try {
    const page = await getJson('/api/messages', { ...query, before: oldest.id });
    const known = new Set(state.messages.map((m) => m.id));
    state.messages = [...page.messages.filter((m) => !known.has(m.id)), ...state.messages];
    state.more = page.more;
    renderMessages();
  } catch (err) {
    toast(err.message, 'error');
  } finally {
    loadingOlder = false;
  }
}

/** Puts a message in the list, keeping the newer of two copies of the same message. */
function placeMessage(message) {
  const index = state.messages.findIndex((m) => m.id === message.id);
  if (index < 0) state.messages.push(message);
  else if ((state.messages[index].version ?? 0) <= message.version) state.messages[index] = message;
}

async function open(view) {
  state.view = view;
  localStorage.setItem('duebot.sandbox.view', view);
  state.unread.delete(view);
  state.ephemerals = [];
  state.search = null;
  state.openDays.clear();
  $('search-input').value = '';
  renderChrome();
  await loadMessages().catch((err) => toast(err.message, 'error'));
  renderMessages({ toBottom: true });
}

async function switchUser(userId) {
  state.userId = userId;
  localStorage.setItem('duebot.sandbox.user', userId);
  state.unread.delete('direct');
  // In a channel the page stays where it is, so the item the person came to answer is still in view.
  if (state.view !== 'direct') {
    renderChrome();
    renderMessages();
    return;
  }
  await open(state.view);
}

function setClock(clock) {
  state.workspace.clock = clock;
  state.skew = Date.parse(clock.now) - Date.now();
  renderClockPanel();
}

async function clockAction(kind, path, body) {
  state.busy = kind;
  renderClockPanel();
  try {
    const result = await postJson(path, body);
    setClock(result.clock);
    return result;
  } catch (err) {
    toast(err.message, 'error');
    return null;
  } finally {
    state.busy = null;
    renderClockPanel();
  }
}

async function runToday() {
  const result = await clockAction('run', '/api/clock/run-today', {});
  if (!result) return;
  const runs = (outcome) => result.outcomes.filter((o) => o.outcome === outcome);
  const resting = result.outcomes.length > 0 && result.outcomes.every((o) => o.outcome === 'not_working_day');
  const parts = [
    runs('ran').length > 0 ? t('ranNow', { jobs: describeRuns(runs('ran')) }) : '',
    runs('already_ran').length > 0 ? t('ranBefore', { jobs: describeRuns(runs('already_ran')) }) : '',
    runs('not_yet').length > 0 ? t('laterToday', { jobs: describeRuns(runs('not_yet')) }) : '',
  ].filter(Boolean);
  toast(resting ? t('restingDay') : parts.length > 0 ? parts.join(' ') : t('nothingToday'));
  await loadMessages();
}

async function moveClock(to) {
  const result = await clockAction('move', '/api/clock/move', { to, teamId: teamInView()?.teamId });
  if (!result) return;
  if (!result.moved) toast(t('notMoved'));
  else if (result.ran.length > 0)
    toast(t('movedRan', { count: result.ran.length, jobs: describeRuns(result.ran) }));
  else toast(t('movedNothing'));
  await loadMessages();
}

/** A new or edited message: shown in place when in view, else counted as unread. */
function onMessageEvent(message) {
  const key = message.chatId
    ? `chat:${message.chatId}`
    : message.directUserId === state.userId
      ? 'direct'
      : null;
  if (!key) return;
  if (key !== state.view) {
    state.unread.set(key, (state.unread.get(key) ?? 0) + 1);
    renderChrome();
    return;
  }
  if (loading > 0) arrivedWhileLoading.push(message);
  const known = state.messages.some((m) => m.id === message.id);
  placeMessage(message);
  if (!placeOnPage(message, known)) renderMessages();
}

function listen() {
  const stream = new EventSource('/api/events');
  stream.addEventListener('message', (e) => onMessageEvent(JSON.parse(e.data).message));
  stream.addEventListener('clock', (e) => {
    const { now, offsetMs } = JSON.parse(e.data);
    setClock({ ...state.workspace.clock, now, offsetMs });
  });
  stream.addEventListener('open', () => {
    document.body.dataset.live = 'true';
    // Anything posted while the stream was down arrives with a fresh load.
    loadMessages().catch(() => {});
  });
  stream.addEventListener('error', () => {
    document.body.dataset.live = 'false';
  });
}

async function start() {
  Object.assign(handlers, {
    onButton: clickButton,
    onOpen: open,
    onSwitchUser: switchUser,
    onRunToday: runToday,
    onMove: moveClock,
    onLoadOlder: () => void loadOlder(),
  });
  state.workspace = await getJson('/api/workspace');
  const people = state.workspace.people;
  if (!people.some((p) => p.userId === state.userId))
    state.userId = (people.find((p) => p.role === 'manager') ?? people[0])?.userId ?? null;
  const first = state.workspace.channels[0];
  if (!channelOf(state.view) && state.view !== 'direct')
    state.view = first ? `chat:${first.chatId}` : 'direct';
  state.skew = Date.parse(state.workspace.clock.now) - Date.now();
  $('command-form').addEventListener('submit', sendCommand);
  $('upload-input').addEventListener('change', sendFile);
  startSearch();
  setInterval(renderClockPanel, 15_000);
  await open(state.view);
  listen();
}

start().catch((err) => toast(t('couldNotLoad', { error: err.message }), 'error'));
