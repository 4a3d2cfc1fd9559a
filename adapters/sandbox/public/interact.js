import { postJson } from './api.js';
import { showForm } from './dialog.js';
import { toast } from './dom.js';
import { $, chatOf, simulatedNow, state } from './state.js';
import { renderMessages } from './view.js';

// What a person does to the bot (commands, button clicks, form submissions) and how its
// immediate answer is shown.

let nextEphemeral = 1;

function showEphemeral(message, mentions, about) {
  state.ephemerals.push({
    id: nextEphemeral++,
    message,
    mentions: mentions ?? {},
    about,
    createdAt: simulatedNow(),
  });
  renderMessages({ toBottom: true });
}

function openForm(form, values, problem) {
  showForm($('form-dialog'), form, { values, problem, onSubmit: (v) => submitForm(form, v) });
}

/** Does what the bot's answer asks: a private note, a form, errors in the form, or closing it. */
function handleReply(reply, about, formValues) {
  if (reply.kind === 'private') showEphemeral(reply.message, reply.mentions, about);
  else if (reply.kind === 'form') openForm(reply.form);
  else if (reply.kind === 'form_errors') openForm(reply.form, formValues);
  else if (reply.kind === 'form_done') {
    $('form-dialog').close();
    if (reply.message) showEphemeral(reply.message, {}, about);
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
    handleReply(reply, `after “${button.label}”`);
  } catch (err) {
    toast(err.message, 'error');
  } finally {
    if (node?.isConnected) node.disabled = false;
  }
}

async function submitForm(form, values) {
  try {
    const { reply } = await postJson('/api/form', {
      userId: state.userId,
      chatId: chatOf(state.view),
      formId: form.formId,
      values,
      metadata: form.metadata,
    });
    handleReply(reply, form.title, values);
  } catch (err) {
    openForm(form, values, err.message);
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
