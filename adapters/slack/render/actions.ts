import type { Button } from '../../../src/chat/message.js';
import { plain, type SlackBlock, type SlackButton } from './blocks.js';
import { ellipsize, LIMITS, RenderError } from './limits.js';

/** Separates a repeated action id from the counter that keeps it unique within its block. */
const COUNTER = '~';

/**
 * Slack wants action ids unique within a block, while our buttons often share one (one
 * "Promise" per item). A counter is appended; the inbound side strips it with `neutralActionId`.
 */
export function neutralActionId(slackActionId: string): string {
  const at = slackActionId.lastIndexOf(COUNTER);
  return at > 0 && /^\d+$/.test(slackActionId.slice(at + 1)) ? slackActionId.slice(0, at) : slackActionId;
}

function toButton(button: Button, seen: Map<string, number>): SlackButton {
  if (button.value.length > LIMITS.buttonValue)
    throw new RenderError(`button ${button.actionId} carries a value over ${LIMITS.buttonValue} characters`);
  const n = seen.get(button.actionId) ?? 0;
  seen.set(button.actionId, n + 1);
  const actionId = n === 0 ? button.actionId : `${button.actionId}${COUNTER}${n}`;
  if (actionId.length > LIMITS.actionId) throw new RenderError(`action id ${button.actionId} is too long`);
  return {
    type: 'button',
    action_id: actionId,
    text: plain(ellipsize(button.label, LIMITS.buttonText)),
    value: button.value,
    ...(button.style ? { style: button.style } : {}),
  };
}

/** Buttons as actions blocks of at most 25 elements each. */
export function renderActions(buttons: Button[]): SlackBlock[] {
  const blocks: SlackBlock[] = [];
  for (let i = 0; i < buttons.length; i += LIMITS.elementsPerActions) {
    const seen = new Map<string, number>();
    blocks.push({
      type: 'actions',
      elements: buttons.slice(i, i + LIMITS.elementsPerActions).map((b) => toButton(b, seen)),
    });
  }
  return blocks;
}
