import { getJson, postJson } from './api.js';
import { toast } from './dom.js';
import { clickButton, sendCommand } from './interact.js';
import { $, channelOf, chatOf, handlers, state, teamInView } from './state.js';
import { renderChrome, renderClockPanel, renderMessages } from './view.js';

// The sandbox workspace page: loading conversations, the live event stream and the clock.

// Messages that arrive while a conversation is loading are applied on top of what the load returns,
// so a message posted during the load is never lost.
let loading = 0;
const arrivedWhileLoading = [];

async function loadMessages() {
  const chatId = chatOf(state.view);
  // An empty roster leaves nobody to show direct messages for.
  const query = chatId ? { chatId } : state.userId ? { userId: state.userId } : null;
  loading++;
  try {
    state.messages = query ? (await getJson('/api/messages', query)).messages : [];
    for (const message of arrivedWhileLoading) placeMessage(message);
  } finally {
    loading--;
    if (loading === 0) arrivedWhileLoading.length = 0;
  }
  renderMessages();
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
  renderChrome();
  await loadMessages().catch((err) => toast(err.message, 'error'));
  renderMessages({ toBottom: true });
}

async function switchUser(userId) {
  state.userId = userId;
  localStorage.setItem('duebot.sandbox.user', userId);
  state.unread.delete('direct');
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
  const ran = result.outcomes.filter((o) => o.outcome === 'ran').length;
  const resting = result.outcomes.length > 0 && result.outcomes.every((o) => o.outcome === 'not_working_day');
  toast(
    ran > 0
      ? `Ran ${ran} job${ran === 1 ? '' : 's'} for today.`
      : resting
        ? 'Today is not a working day for the teams. Use "→ next morning" to go to the next working morning.'
        : 'Nothing new to run today.',
  );
  await loadMessages();
}

async function moveClock(to) {
  const result = await clockAction('move', '/api/clock/move', { to, teamId: teamInView()?.teamId });
  if (!result) return;
  if (!result.moved) toast('That time has already passed; the clock only moves forward.');
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
  placeMessage(message);
  renderMessages();
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
  setInterval(renderClockPanel, 15_000);
  await open(state.view);
  listen();
}

start().catch((err) => toast(`The sandbox could not load: ${err.message}`, 'error'));
