import type { Block } from '../../chat/message.js';
import type { Messages } from '../../locale/index.js';

export const CLAIM_CONFIRM = 'claim.confirm';
export const CLAIM_REJECT = 'claim.reject';

/** True for finance's buttons on an "already paid" claim. */
export function isClaimAction(actionId: string): boolean {
  return actionId === CLAIM_CONFIRM || actionId === CLAIM_REJECT;
}

/** The value the claim buttons carry. */
export function claimButtonValue(claimId: number): string {
  return `c:${claimId}`;
}

/** Reads a claim button value back; null when it is not one. */
export function parseClaimButtonValue(value: string): number | null {
  const id = Number(/^c:(\d+)$/.exec(value)?.[1]);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

/** Confirmed / Not found, for the private notice finance gets about a claim. */
export function claimDecisionBlocks(m: Messages, claimId: number): Block[] {
  const value = claimButtonValue(claimId);
  return [
    { type: 'context', text: m.claims.noticeHint },
    {
      type: 'actions',
      buttons: [
        { actionId: CLAIM_CONFIRM, label: m.claims.confirm, value, style: 'primary' },
        { actionId: CLAIM_REJECT, label: m.claims.reject, value, style: 'danger' },
      ],
    },
  ];
}
