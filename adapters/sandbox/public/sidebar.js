import { clear, el } from './dom.js';
import { t } from './labels.js';

// The left column: channels of the teams, the acting person's direct messages, and the switcher
// that lets anyone on the roster act in the page.

const ROLE_LABEL = { collector: 'roleCollector', manager: 'roleManager', admin: 'roleAdmin' };
const roleLabel = (role) => (ROLE_LABEL[role] ? t(ROLE_LABEL[role]) : role);

function badge(count) {
  return count > 0 ? el('span', { class: 'badge', testid: 'unread' }, String(count)) : null;
}

/** Channel and direct-message entries; `unread` counts new messages per view key. */
export function renderNav(node, { channels, view, unread, onOpen }) {
  const active = (key) => (view === key ? 'nav-item active' : 'nav-item');
  clear(node).append(
    el('h2', { class: 'nav-title' }, t('channels')),
    ...channels.map((c) =>
      el(
        'button',
        {
          type: 'button',
          class: active(`chat:${c.chatId}`),
          testid: 'channel',
          'data-chat-id': c.chatId,
          'aria-current': view === `chat:${c.chatId}` ? 'page' : undefined,
          onclick: () => onOpen(`chat:${c.chatId}`),
        },
        el('span', { class: 'hash', 'aria-hidden': 'true' }, '#'),
        el('span', { class: 'nav-label' }, c.chatId, el('small', {}, c.name)),
        badge(unread.get(`chat:${c.chatId}`) ?? 0),
      ),
    ),
    el('h2', { class: 'nav-title' }, t('directMessages')),
    el(
      'button',
      {
        type: 'button',
        class: active('direct'),
        testid: 'direct-messages',
        'aria-current': view === 'direct' ? 'page' : undefined,
        onclick: () => onOpen('direct'),
      },
      el('span', { class: 'hash', 'aria-hidden': 'true' }, '✉'),
      el('span', { class: 'nav-label' }, 'Duebot', el('small', {}, t('messagesToYou'))),
      badge(unread.get('direct') ?? 0),
    ),
  );
}

export function describePerson(person) {
  return [roleLabel(person.role), person.teamName].filter(Boolean).join(' · ');
}

/** The "acting as" switcher, people grouped by team (finance admins first, they have none). */
export function renderUserSwitcher(select, info, { people, userId, onChange }) {
  const groups = new Map();
  for (const p of people) {
    const team = p.teamName ?? t('finance');
    if (!groups.has(team)) groups.set(team, []);
    groups.get(team).push(p);
  }
  clear(select).append(
    ...[...groups].map(([team, members]) =>
      el(
        'optgroup',
        { label: team },
        members.map((p) =>
          el(
            'option',
            { value: p.userId, selected: p.userId === userId },
            `${p.name} — ${roleLabel(p.role)}`,
          ),
        ),
      ),
    ),
  );
  const me = people.find((p) => p.userId === userId);
  info.textContent = me ? `${describePerson(me)} · ${me.userId}` : '';
  select.onchange = () => onChange(select.value);
}
