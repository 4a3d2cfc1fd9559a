import type { CreditHistoryLine } from '../../db/repositories/customer-file.repository.js';
import type { HoldReason } from '../../domain/credit-hold.js';
import type { ReviewTrigger } from '../../domain/credit-review.js';
import { ppmToPercent } from '../../domain/interest.js';
import { localDateIn } from '../../domain/local-date.js';
import type { RiskClass } from '../../domain/risk.js';
import type { Messages } from '../../locale/index.js';
import { money } from '../lists/labels.js';
import type { CustomerFile } from './customer-file.js';
import { holdReasonText } from './hold-text.js';
import { triggersText } from './review-card.js';

/** What one credit-history entry says, in the team's language. */
export function historyText(entry: CreditHistoryLine, m: Messages): string {
  const d = entry.detail;
  switch (entry.kind) {
    case 'hold_on':
      return m.credit.historyHoldOn(
        ((d.reasons as HoldReason[] | undefined) ?? [])
          .map((r) => holdReasonText(r, m))
          .join(m.credit.separator),
      );
    case 'hold_off':
      return m.credit.historyHoldOff;
    case 'risk_class':
      return m.credit.historyRisk(
        m.risk(d.riskClass as RiskClass),
        String(d.invoiceNo ?? ''),
        Number(d.daysOverdue),
      );
    case 'write_off':
      return m.credit.historyWriteOff(
        String(d.invoiceNo ?? ''),
        money(Number(d.amount), String(d.currency)),
        String(d.reason ?? ''),
      );
    case 'balance_confirmation':
      return m.balance.historySent(String(d.asOf ?? ''));
    case 'balance_reply':
      return m.balance.historyReply(
        String(d.asOf ?? ''),
        d.reply === 'confirmed'
          ? m.balance.confirmedOn(String(d.on ?? ''))
          : m.balance.disputedOn(
              String(d.on ?? ''),
              money(Number(d.theirs ?? 0), String(d.currency ?? 'CNY')),
            ),
      );
    case 'risk_signal':
      return m.riskSignal.history(
        ((d.signs as string[] | undefined) ?? []).map((s) => m.riskSignal.sign(s)).join(m.credit.separator),
        (d.note as string | null) ?? null,
      );
    case 'review_opened':
      return m.review.historyOpened(triggersText((d.triggers as ReviewTrigger[] | undefined) ?? [], m));
    case 'review':
      return m.review.historyDecided(
        m.review.decisionText(
          String(d.decision),
          (d.from as string | null) ?? null,
          (d.to as string | null) ?? null,
        ),
      );
    default:
      return entry.kind;
  }
}

/** The last balance confirmation and what the customer answered; null when none was sent. */
function confirmationLine(file: CustomerFile, m: Messages): string | null {
  const first = file.confirmation[0];
  if (!first) return null;
  const total = file.confirmation.map((c) => money(c.balance, c.currency)).join(' + ');
  const disputed = file.confirmation.find((c) => c.disputedAmount !== null);
  const reply =
    first.reply === null
      ? m.balance.awaiting
      : first.reply === 'confirmed'
        ? m.balance.confirmedOn(first.repliedOn ?? '')
        : m.balance.disputedOn(
            first.repliedOn ?? '',
            disputed ? money(disputed.disputedAmount ?? 0, disputed.currency) : '',
          );
  return m.balance.fileLine(first.asOf, total, reply);
}

/** The customer file's lines for `ar`: contacts, payment history, the last balance confirmation, credit history. */
export function customerFileLines(file: CustomerFile, m: Messages, timezone: string): string[][] {
  const contacts = [
    m.credit.contactsTitle,
    ...(file.contacts.length === 0
      ? [m.credit.noContacts]
      : file.contacts.map(
          (c) => `• ${m.credit.contactLine(c.name, m.credit.contactRole(c.role), c.phone, c.email)}`,
        )),
  ];
  const payments = [
    m.credit.paymentsTitle(file.averageDaysLate),
    ...file.receipts.map((r) => `• ${m.credit.receiptLine(r.receivedOn, money(r.amount, r.currency))}`),
  ];
  const sections = [contacts, payments];
  if (file.interest && file.interest.totals.length > 0)
    sections.push([
      m.balance.interestLine(
        ppmToPercent(file.interest.ppm),
        file.interest.basis,
        file.today,
        file.interest.totals.map((t) => money(t.amount, t.currency)).join(' + '),
      ),
    ]);
  const confirmation = confirmationLine(file, m);
  if (confirmation) sections.push([confirmation]);
  const waiting = file.openReview
    ? [m.review.openLine(file.openReview.openedOn, triggersText(file.openReview.triggers, m))]
    : [];
  if (file.history.length > 0 || waiting.length > 0)
    sections.push([
      m.credit.historyTitle,
      ...waiting,
      ...file.history.map(
        (h) => `• ${m.credit.historyLine(localDateIn(h.at, timezone), historyText(h, m), h.personName)}`,
      ),
    ]);
  return sections;
}
