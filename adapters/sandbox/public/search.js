import { getJson } from './api.js';
import { toast } from './dom.js';
import { $, chatOf, state } from './state.js';
import { renderMessages } from './view.js';

// The search box: finds a customer, invoice or person in the channel shown, newest matches first.

let timer;
let asked = 0;

async function search(query) {
  const chatId = chatOf(state.view);
  if (!query || !chatId) {
    if (state.search) {
      state.search = null;
      renderMessages({ toBottom: true });
    }
    return;
  }
  const mine = ++asked;
  try {
    const { messages } = await getJson('/api/messages', { chatId, q: query });
    // A slower answer to an earlier query never replaces a newer one.
    if (mine !== asked) return;
    state.search = { query, messages: messages.reverse() };
    renderMessages();
    $('messages').scrollTop = 0;
  } catch (err) {
    toast(err.message, 'error');
  }
}

/** Wires the box: results as the person types, cleared with the button or an empty box. */
export function startSearch() {
  const input = $('search-input');
  $('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void search(input.value.trim());
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(input.value.trim()), 250);
  });
  $('search-clear').addEventListener('click', () => {
    input.value = '';
    void search('');
  });
}
