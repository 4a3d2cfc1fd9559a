import type { Block, Message } from '../../chat/message.js';
import { localDateIn } from '../../domain/local-date.js';
import type { Locale, Messages } from '../../locale/index.js';
import { customerFileLines } from '../credit/file-text.js';
import { holdBadge } from '../credit/hold-text.js';
import { agingTable } from '../lists/aging-table.js';
import { liveLine, nextActionLine } from '../lists/commitment-line.js';
import type { ItemView } from '../lists/item-view.js';
import { methodLabel, money, reasonLabel } from '../lists/labels.js';
import { type CustomerStory, keepingRate } from './customer-story.js';
import { planAndDisputeLines } from './plan-dispute-lines.js';

const ITEMS_SHOWN = 8;

function itemLine(item: ItemView, highlighted: boolean, m: Messages): string {
  const age = item.daysOverdue > 0 ? m.lists.daysOverdue(item.daysOverdue) : m.lists.dueIn(item.daysUntilDue);
  const parts = [
    highlighted ? `▶ **${item.invoiceNo}**` : item.invoiceNo,
    money(item.outstanding, item.currency),
    `${age} (${m.bucket(item.bucket)})`,
    m.risk(item.risk),
    m.lists.nextStep(m.step(item.step)),
    ...[liveLine(item, m), nextActionLine(item, m)].filter((l): l is string => l !== null),
    ...(item.disputed ? [m.lists.disputed] : []),
    ...(item.claimPending ? [m.lists.claimPending] : []),
  ];
  return `• ${parts.join(' · ')}`;
}

function itemLines(story: CustomerStory, m: Messages): string[] {
  const { items, highlight } = story;
  const shown = items.slice(0, ITEMS_SHOWN);
  const named = highlight ? items.find((i) => i.id === highlight.id) : undefined;
  // The invoice someone asked about is always on the list, however low its priority.
  if (named && !shown.includes(named)) shown.push(named);
  const lines = shown.map((i) => itemLine(i, i.id === highlight?.id, m));
  if (items.length > shown.length) lines.push(m.lookups.andMore(items.length - shown.length));
  return [m.lookups.openItems(items.length), ...lines];
}

function promiseLines(story: CustomerStory, m: Messages): string[] {
  const rate = keepingRate(story.counts);
  const head = rate ? m.lookups.keepingRate(rate.kept, rate.resolved) : m.lookups.noneResolved;
  if (story.promises.length === 0) return [head, m.lookups.noPromises];
  return [
    head,
    ...story.promises.map(
      (p) =>
        `• ${m.lookups.promiseLine(p.madeOn, money(p.amount, p.currency), p.promisedOn, p.invoiceNo ?? m.commitments.wholeCustomer, m.promiseStatus(p.status))}`,
    ),
  ];
}

function followUpLines(story: CustomerStory, m: Messages, locale: Locale): string[] {
  if (story.followUps.length === 0) return [m.lookups.followUps, m.lookups.noFollowUps];
  return [
    m.lookups.followUps,
    ...story.followUps.map((f) => {
      const outcome = m.outcome[f.outcome as keyof Messages['outcome']] ?? f.outcome;
      const line = m.lookups.followUpLine(
        localDateIn(f.at, story.card.timezone),
        methodLabel(f.method, locale),
        outcome,
        f.reasonCode ? reasonLabel(f.reasonCode, locale) : '',
        f.note ?? '',
        f.personName ?? '',
      );
      return `• ${line}${f.invoiceNo ? ` · ${f.invoiceNo}` : ''}`;
    }),
  ];
}

/** Where the customer's terms or limit exceed what the team's rating policy allows its rating. */
function policyMismatches(story: CustomerStory, m: Messages): string[] {
  const { card } = story;
  const policy = story.file.policy;
  if (!policy) return [];
  const lines: string[] = [];
  if (card.termsDays > policy.maxTermsDays)
    lines.push(m.credit.termsAbovePolicy(card.termsDays, card.rating, policy.maxTermsDays));
  if (card.creditCurrency === policy.currency && card.creditLimit > policy.defaultLimit)
    lines.push(
      m.credit.limitAbovePolicy(
        money(card.creditLimit, card.creditCurrency),
        card.rating,
        money(policy.defaultLimit, policy.currency),
      ),
    );
  return lines;
}

/** A customer's story as one private message: money by aging, credit, items, promises, follow-ups, next step. */
export function storyMessage(story: CustomerStory, m: Messages, locale: Locale): Message {
  const { card } = story;
  const title = m.lookups.title(card.name, card.externalId);
  // A hold speaks for itself with its reasons; "normal" beside it would contradict it.
  const status = card.status === 'active' || card.status === 'credit_hold' ? null : card.status;
  const credit = m.lookups.credit(
    card.rating,
    money(card.creditLimit, card.creditCurrency),
    card.termsDays,
    status,
  );
  const exposure = money(story.exposure, card.creditCurrency);
  const creditLines = [
    credit,
    card.creditLimit > 0
      ? m.credit.exposure(exposure, money(card.creditLimit, card.creditCurrency))
      : m.credit.noLimit(exposure),
    ...(story.creditHold ? [holdBadge(story.holdReasons, m)] : []),
    ...policyMismatches(story, m),
  ];
  const blocks: Block[] = [
    { type: 'header', text: title },
    { type: 'text', text: creditLines.join('\n') },
  ];
  if (story.highlight && !story.highlight.open)
    blocks.push({ type: 'context', text: m.lookups.settled(story.highlight.invoiceNo) });
  if (story.items.length === 0) blocks.push({ type: 'text', text: m.lookups.nothingOpen });
  else
    blocks.push(agingTable(story.items, m, m.lookups.total), {
      type: 'text',
      text: itemLines(story, m).join('\n'),
    });
  blocks.push(
    { type: 'text', text: promiseLines(story, m).join('\n') },
    ...planAndDisputeLines(story, m).map((lines): Block => ({ type: 'text', text: lines.join('\n') })),
    { type: 'text', text: followUpLines(story, m, locale).join('\n') },
    ...customerFileLines(story.file, m, card.timezone).map(
      (lines): Block => ({ type: 'text', text: lines.join('\n') }),
    ),
  );
  if (story.nextStep) blocks.push({ type: 'text', text: m.lookups.nextStep(m.step(story.nextStep)) });
  const text = blocks
    .map((b) =>
      'text' in b
        ? b.text
        : b.type === 'table'
          ? b.rows.map((r) => Object.values(r).join(' ')).join('\n')
          : '',
    )
    .filter((t) => t !== '')
    .join('\n');
  return { text, blocks };
}
