import type { Button } from '../../../src/chat/message.js';
import { type CardElement, plain } from './types.js';

/** What a clicked button sends back in the card callback's `action.value`. */
export interface ButtonValue {
  actionId: string;
  value: string;
}

/** One button with a callback behaviour carrying the action id and its compact value. */
export function renderButton(button: Button): CardElement {
  const value: ButtonValue = { actionId: button.actionId, value: button.value };
  return {
    tag: 'button',
    text: plain(button.label),
    type: button.style ?? 'default',
    behaviors: [{ type: 'callback', value }],
  };
}

/** A row of buttons, flowing onto the next line when the card is narrow. */
export function renderActions(buttons: Button[]): CardElement[] {
  if (buttons.length === 0) return [];
  return [
    {
      tag: 'column_set',
      flex_mode: 'flow',
      horizontal_spacing: 'small',
      columns: buttons.map((b) => ({ tag: 'column', width: 'auto', elements: [renderButton(b)] })),
    },
  ];
}
