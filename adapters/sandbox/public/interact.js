import { postJson } from './api.js';
import { showForm } from './dialog.js';
import { toast } from './dom.js';
import { t } from './labels.js';
import { $, chatOf, simulatedNow, state } from './state.js';
import { placeEphemeral } from './view.js';

// What a person does to the bot (commands, button clicks, form submissions) and how its
// immediate answer is shown.

let nextEphemeral = 1;

/** A private answer; one about a message (`anchor`) appears under it and the page does not move. */
function showEphemeral(message, mentions, about, anchor = null) {
  const entry = {
    id: nextEphemeral++,
    message,
    mentions: mentions ?? {},
    about,
    anchor,
    createdAt: simulatedNow(),
  };
  state.ephemerals.push(entry);
  placeEphemeral(entry);
}

function openForm(form, values, problem, anchor = null) {
  showForm($('form-dialog'), form, { values, problem, onSubmit: (v) => submitForm(form, v, anchor) });
}

/** Does what the bot's answer asks: a private note, a form, errors in the form, or closing it. */
function handleReply(reply, about, formValues, anchor = null) {
  if (reply.kind === 'private') showEphemeral(reply.message, reply.mentions, about, anchor);
  else if (reply.kind === 'form') openForm(reply.form, undefined, undefined, anchor);
  else if (reply.kind === 'form_errors') openForm(reply.form, formValues, undefined, anchor);
  else if (reply.kind === 'form_done') {
    $('form-dialog').close();
    if (reply.message) showEphemeral(reply.message, {}, about, anchor);
  }
}

/** A button click; `messageId` is null for buttons in a reply only this person sees. */
export async function clickButton(button, messageId, node) {
  if (node) node.disabled = true;
  try {
    const { reply } = await postJson('/api/action', {
      userId: state.userId,
      chatId: chatOf(state.view),
      messageId,
      actionId: button.actionId,
      value: button.value,
    });
    handleReply(reply, t('after', { label: button.label }), undefined, messageId);
  } catch (err) {
    toast(err.message, 'error');
  } finally {
    if (node?.isConnected) node.disabled = false;
  }
}

async function submitForm(form, values, anchor) {
  try {
    const { reply } = await postJson('/api/form', {
      userId: state.userId,
      chatId: chatOf(state.view),
      formId: form.formId,
      values,
      metadata: form.metadata,
    });
    handleReply(reply, form.title, values, anchor);
  } catch (err) {
    openForm(form, values, err.message, anchor);
  }
}

/** The command box: the text goes to the bot as a command in the conversation in view. */
export async function sendCommand(event) {
  event.preventDefault();
  const input = $('command-input');
  const text = input.value.trim();
  if (!text) return;
  try {
    const { reply } = await postJson('/api/command', {
      userId: state.userId,
      chatId: chatOf(state.view),
      text,
    });
    input.value = '';
    handleReply(reply, `“${text}”`);
  } catch (err) {
    toast(err.message, 'error');
  }
}

/** A file chosen with the upload button goes to Duebot as a file sent in the direct conversation. */
export async function sendFile(event) {
  const input = event.target;
  const file = input.files?.[0];
  if (!file) return;
  toast(t('uploading', { name: file.name }));
  try {
    const query = new URLSearchParams({ userId: state.userId, name: file.name });
    const chat = chatOf(state.view);
    if (chat) query.set('chatId', chat);
    const response = await fetch(`/api/upload?${query}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/octet-stream', Accept: 'application/json' },
      body: file,
    });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(body.error ?? `the server answered ${response.status}`);
    handleReply(body.reply, file.name);
  } catch (err) {
    toast(err.message, 'error');
  } finally {
    input.value = '';
  }
}
