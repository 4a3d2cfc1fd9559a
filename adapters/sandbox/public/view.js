import { renderClock } from './clock.js';
import { renderList } from './messages.js';
import { renderNav, renderUserSwitcher } from './sidebar.js';
import { $, channelOf, chatOf, handlers, me, state, teamInView } from './state.js';

// Draws the page from the state; every control calls back through `handlers`.

function listCtx() {
  return {
    userId: state.userId,
    timeZone: teamInView()?.timezone ?? 'UTC',
    collapsed: state.collapsed,
    onButton: handlers.onButton,
    onDismiss: (id) => {
      state.ephemerals = state.ephemerals.filter((e) => e.id !== id);
      renderMessages();
    },
  };
}

function emptyNote() {
  const note = document.createElement('p');
  note.className = 'empty';
  note.dataset.testid = 'empty';
  note.textContent = chatOf(state.view)
    ? 'Nothing posted here yet. Use "Run today\'s jobs now" or move the clock to the next morning.'
    : 'No direct messages for you yet.';
  return note;
}

/** Redraws the list, staying at the bottom when the person was already there. */
export function renderMessages({ toBottom = false } = {}) {
  const list = $('messages');
  const atBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 80;
  const entries = renderList(state.messages, state.ephemerals, listCtx());
  list.replaceChildren(...entries);
  if (entries.length === 0) list.append(emptyNote());
  if (atBottom || toBottom) list.scrollTop = list.scrollHeight;
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

/** Everything around the list: title, navigation, the switcher and the clock. */
export function renderChrome() {
  const channel = channelOf(state.view);
  $('view-title').textContent = channel ? `# ${channel.chatId}` : 'Direct messages';
  $('view-subtitle').textContent = channel ? channel.name : `Duebot's messages to ${me()?.name ?? 'you'}`;
  $('command-input').placeholder = channel
    ? `Command in #${channel.chatId}, e.g. "overdue mine" or "help"`
    : 'Command to Duebot, e.g. "help"';
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
