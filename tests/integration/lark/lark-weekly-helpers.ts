import { expect } from 'vitest';
import { validateCardContent } from '../../fakes/lark-api/card-validation.js';
import type { StoredMessage } from '../../fakes/lark-api/state.js';
import type { LarkHarness, Person } from './lark-harness.js';

type Json = Record<string, unknown>;

/** A form card as a person sees it: what each control shows and what its submit button sends. */
export interface CardForm {
  message: StoredMessage;
  values: Record<string, string>;
  submit: { formId: string; metadata: Record<string, string> };
}

/** Reads the controls of a form card (by name) and its submit button's callback value. */
export function readForm(message: StoredMessage): Omit<CardForm, 'message'> {
  const values: Record<string, string> = {};
  let submit: CardForm['submit'] | null = null;
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as Json;
      if (n.tag === 'button' && n.form_action_type === 'submit')
        submit = (n.behaviors as { value: CardForm['submit'] }[])[0]?.value ?? null;
      else if (
        typeof n.name === 'string' &&
        ['input', 'select_static', 'date_picker'].includes(String(n.tag))
      )
        values[n.name] = String(n.default_value ?? n.initial_option ?? n.initial_date ?? '');
      Object.values(n).forEach(walk);
    }
  };
  walk(JSON.parse(message.content));
  if (!submit) throw new Error('no submit button on the card');
  return { values, submit };
}

/** The one form card among `messages` (cards sent since an action). */
export function formOf(messages: StoredMessage[]): CardForm {
  const forms = messages.filter((m) => m.msg_type === 'interactive' && m.content.includes('"form"'));
  expect(forms).toHaveLength(1);
  const message = forms[0] as StoredMessage;
  return { message, ...readForm(message) };
}

/** Writes `text` to Duebot as `who`: @Duebot in the team's group, or in the direct chat. */
export async function say(
  h: LarkHarness,
  who: Person,
  where: 'group' | 'dm',
  text: string,
  team = '',
): Promise<void> {
  const chatId = where === 'group' ? h.chatOf(team) : h.emulator.state.p2pChat(who.openId);
  const mine = h.emulator.userSays(chatId, text);
  const event = h.callbacks.message({
    openId: who.openId,
    chatId,
    text,
    direct: where === 'dm',
    messageId: mine.message_id,
  });
  const res = await h.callbacks.post(`${h.url}/lark/events`, event.payload);
  expect(res.status).toBe(200);
  await h.settle();
}

/** Submits a form card as `who` with what it shows, changed by `changes`; a card sent back is checked as Lark checks it. */
export async function submitForm(
  h: LarkHarness,
  who: Person,
  form: CardForm,
  changes: Record<string, string>,
): Promise<{ toast: { type: string; content: string }; card: string }> {
  const res = await h.callbacks.post(
    `${h.url}/lark/cards`,
    h.callbacks.cardAction({
      openId: who.openId,
      chatId: form.message.chat_id,
      messageId: form.message.message_id,
      value: form.submit,
      formValue: { ...form.values, ...changes },
    }),
  );
  expect(res.status).toBe(200);
  await h.settle();
  const card = (res.body.card as { data?: unknown } | undefined)?.data;
  if (card) expect(validateCardContent(JSON.stringify(card))).toBeNull();
  return { toast: res.body.toast as { type: string; content: string }, card: JSON.stringify(card ?? {}) };
}
