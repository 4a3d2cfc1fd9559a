// What the page knows and shows: the workspace, who is acting, the conversation in view.

export const $ = (id) => document.getElementById(id);

export const state = {
  workspace: null,
  userId: localStorage.getItem('duebot.sandbox.user'),
  /** 'chat:<chatId>' for a channel, 'direct' for the acting person's direct messages. */
  view: localStorage.getItem('duebot.sandbox.view'),
  messages: [],
  /** Older messages of the conversation remain to load as the person scrolls up. */
  more: false,
  /** `{ query, messages }` while a search of the channel is shown. */
  search: null,
  /** Earlier days the person unfolded. */
  openDays: new Set(),
  /** Replies only the acting person sees; they live in the page, as on a chat platform. */
  ephemerals: [],
  unread: new Map(),
  collapsed: new Set(),
  /** Simulated time minus browser time. */
  skew: 0,
  busy: null,
};

/** What the controls do, set by app.js so the views need not import it. */
export const handlers = {
  onButton: () => {},
  onOpen: () => {},
  onSwitchUser: () => {},
  onRunToday: () => {},
  onMove: () => {},
  onLoadOlder: () => {},
};

export const chatOf = (view) => (view?.startsWith('chat:') ? view.slice(5) : null);
export const channelOf = (view) => state.workspace.channels.find((c) => c.chatId === chatOf(view));
export const me = () => state.workspace.people.find((p) => p.userId === state.userId);

/** The team whose local time the page shows: the channel's, else the acting person's, else the first. */
export function teamInView() {
  const teams = state.workspace.clock.teams;
  const id = channelOf(state.view)?.teamId;
  return teams.find((t) => t.teamId === id) ?? teams.find((t) => t.name === me()?.teamName) ?? teams[0];
}

export function simulatedNow() {
  return new Date(Date.now() + state.skew).toISOString();
}
