import type { Interaction } from '../../../src/chat/interaction.js';
import type { ButtonValue, SubmitValue } from '../render/index.js';

/** The fields of a `card.action.trigger` callback Duebot reads (schema 2.0 `event`). */
export interface CardActionEvent {
  operator?: { open_id?: string };
  /** Lets the card be updated later (delayed update, 30 minutes, twice). */
  token?: string;
  action?: { value?: unknown; form_value?: Record<string, unknown>; name?: string };
  context?: { open_message_id?: string; open_chat_id?: string };
}

/** A click or form submission on one of Duebot's cards, and where it happened. */
export interface InboundAction {
  interaction: Extract<Interaction, { kind: 'action' | 'form_submit' }>;
  openId: string;
  chatId: string | null;
  messageId: string | null;
  token: string | null;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** A form value as the neutral form expects it: date pickers send "2026-12-01 +0800", keep the date. */
function formText(value: unknown): string {
  if (Array.isArray(value)) return value.map(formText).join(',');
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /^\d{4}-\d{2}-\d{2} [+-]\d{4}$/.test(text) ? text.slice(0, 10) : text;
}

/**
 * A card callback → an action (the button's compact value: action id + item value) or a form
 * submission (`form_value` keyed by field id, with the form id and hidden metadata from the submit
 * button). Callbacks carrying anything else are not Duebot's and give null.
 */
export function normaliseCardAction(event: CardActionEvent): InboundAction | null {
  const openId = event.operator?.open_id;
  const value = event.action?.value;
  if (!openId || !isRecord(value)) return null;
  const chatId = event.context?.open_chat_id ?? null;
  const messageId = event.context?.open_message_id ?? null;
  const user = { platform: 'lark' as const, workspaceId: '', userId: openId };
  const channel = chatId ? { platform: 'lark' as const, workspaceId: '', chatId } : null;
  const base = { openId, chatId, messageId, token: event.token ?? null };
  if (typeof value.formId === 'string' && isRecord(value.metadata)) {
    const submit = value as unknown as SubmitValue;
    const values = Object.fromEntries(
      Object.entries(event.action?.form_value ?? {}).map(([k, v]) => [k, formText(v)]),
    );
    const metadata = Object.fromEntries(Object.entries(submit.metadata).map(([k, v]) => [k, String(v)]));
    return {
      ...base,
      interaction: { kind: 'form_submit', user, channel, formId: submit.formId, values, metadata },
    };
  }
  if (typeof value.actionId === 'string' && typeof value.value === 'string') {
    const button = value as unknown as ButtonValue;
    const message = chatId && messageId ? { chatId, messageId } : null;
    return {
      ...base,
      interaction: { kind: 'action', user, channel, actionId: button.actionId, value: button.value, message },
    };
  }
  return null;
}
