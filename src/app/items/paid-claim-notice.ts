import { financeIds } from '../../db/repositories/deciders.repository.js';
import { formatAmount } from '../../domain/money-format.js';
import { messagesFor } from '../../locale/index.js';
import type { Actor } from '../actor.js';
import { claimDecisionBlocks } from '../claims/claim-buttons.js';
import { type PublishContext, sendToPerson } from '../publish.js';
import type { ItemInContext } from './item-access.js';

/** Tells finance privately that a customer says they paid, with buttons to confirm or reject it against the bank statement. */
export async function notifyFinanceOfClaim(
  ctx: PublishContext,
  actor: Actor,
  item: ItemInContext,
  claimId: number,
  claim: { amount: number; date: string; reference: string | null; bank: string | null },
): Promise<void> {
  const m = messagesFor(item.teamLocale);
  const text = m.paidClaimNotice(
    actor.name,
    item.customerName,
    item.invoiceNo,
    formatAmount(claim.amount, item.currency, 'symbol'),
    claim.date,
    claim.reference ?? '',
    claim.bank ?? '',
  );
  for (const adminId of await financeIds(ctx.db))
    await sendToPerson(ctx, adminId, `paid-claim:${claimId}:p${adminId}`, {
      text,
      blocks: [{ type: 'text', text }, ...claimDecisionBlocks(m, claimId)],
    });
}
