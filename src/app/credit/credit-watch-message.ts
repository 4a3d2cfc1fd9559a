import type { Message } from '../../chat/message.js';
import type { HoldReason } from '../../domain/credit-hold.js';
import type { RiskClass } from '../../domain/risk.js';
import { messagesFor } from '../../locale/index.js';
import { holdReasonText } from './hold-text.js';

interface Team {
  locale: string;
}
interface Customer {
  name: string;
  external_id: string;
}

/** "⛔ X is on credit hold: reasons — stop supplying" or "✅ X is off hold: supply may resume". */
export function holdChangeMessage(team: Team, customer: Customer, reasons: readonly HoldReason[]): Message {
  const m = messagesFor(team.locale);
  const text =
    reasons.length > 0
      ? m.credit.holdOn(
          customer.name,
          customer.external_id,
          reasons.map((r) => holdReasonText(r, m)).join(m.credit.separator),
        )
      : m.credit.holdOff(customer.name, customer.external_id);
  return { text, blocks: [{ type: 'text', text }] };
}

/** The manager's notice that a customer's oldest item crossed into 准呆账 / 呆账 / 死账. */
export function riskCrossingMessage(
  team: Team,
  customer: Customer,
  risk: RiskClass,
  invoiceNo: string,
  days: number,
): Message {
  const m = messagesFor(team.locale);
  const text = m.credit.riskCrossed(customer.name, customer.external_id, m.risk(risk), invoiceNo, days);
  return { text, blocks: [{ type: 'text', text }] };
}
