import { type Block, type Message, mention } from '../../chat/message.js';
import type { StrikeEvent } from '../../db/repositories/escalation-timeline.repository.js';
import type { EscalationReason } from '../../domain/escalation.js';
import type { LadderStep } from '../../domain/ladder.js';
import { localDateIn } from '../../domain/local-date.js';
import { asLocale, messagesFor } from '../../locale/index.js';
import { methodLabel, money } from '../lists/labels.js';

/** What the manager is told about one escalation. */
export interface EscalationNotice {
  customerName: string;
  from: LadderStep;
  to: LadderStep;
  reasons: EscalationReason[];
  brokenInARow: number;
  failedInARow: number;
  collectorId: number | null;
  /** The promises and follow-ups that made the strikes, oldest first. */
  strikes: readonly StrikeEvent[];
}

function historyLine(e: StrikeEvent, locale: string, timezone: string): string {
  const m = messagesFor(locale);
  const date = localDateIn(e.at, timezone);
  if (e.kind === 'promise')
    return m.promises.historyPromise(
      date,
      e.invoiceNo ?? m.commitments.wholeCustomer,
      money(e.amount, e.currency),
      e.promisedOn,
      m.promiseStatus(e.status),
    );
  return m.promises.historyFollowUp(
    date,
    e.invoiceNo ?? '',
    methodLabel(e.method, asLocale(locale)),
    m.outcome[e.outcome as 'contacted'] ?? e.outcome,
    e.note ?? '',
  );
}

/** The manager's private note: who moved up, from which step to which, why, and the history behind it. */
export function escalationMessage(notice: EscalationNotice, locale: string, timezone: string): Message {
  const m = messagesFor(locale);
  const title = m.promises.escalatedTitle(notice.customerName, m.step(notice.to));
  const reasons = notice.reasons.map((r) =>
    r === 'broken_promises'
      ? m.promises.reason.broken_promises(notice.brokenInARow)
      : m.promises.reason.failed_contacts(notice.failedInARow),
  );
  const facts = [m.promises.escalatedFrom(m.step(notice.from), m.step(notice.to)), ...reasons];
  if (notice.collectorId !== null) facts.push(m.promises.collector(mention(notice.collectorId)));
  const history = notice.strikes.map((e) => `• ${historyLine(e, locale, timezone)}`);
  const blocks: Block[] = [
    { type: 'header', text: title },
    { type: 'text', text: facts.join('\n') },
    { type: 'text', text: [`**${m.promises.history}**`, ...history].join('\n') },
  ];
  return { text: title, blocks };
}
