import type { DbOrTrx } from '../../db/connect.js';
import {
  findLetterTemplate,
  letterCustomer,
  overdueItemsOf,
} from '../../db/repositories/letter.repository.js';
import type { LetterKind } from '../../db/schema/index.js';
import { daysOverdue } from '../../domain/aging.js';
import { addDays } from '../../domain/local-date.js';
import { asLocale, messagesFor } from '../../locale/index.js';
import { interestToDate } from '../credit/interest-to-date.js';
import { money } from '../lists/labels.js';
import type { LetterContent } from './letter-document.js';
import { fillBody, fillText, type LetterTemplate } from './letter-template.js';

/** Days the customer is given to pay from the letter's date. */
const PAY_WITHIN_DAYS = 7;

/** The template a team uses for a kind of letter in a language: its own, else the built-in one. */
export async function effectiveTemplate(
  db: DbOrTrx,
  teamId: number,
  kind: LetterKind,
  locale: string,
): Promise<LetterTemplate & { own: boolean }> {
  const own = await findLetterTemplate(db, teamId, kind, locale);
  if (own) return { subject: own.subject, body: own.body, own: true };
  return { ...messagesFor(locale).letters.defaults[kind], own: false };
}

/** A letter to a customer about all its overdue items, worded by the team's template in the team's language. */
export async function composeLetter(
  db: DbOrTrx,
  input: { customerId: number; teamId: number; kind: LetterKind; today: string },
): Promise<{ content: LetterContent; name: string; title: string }> {
  const customer = await letterCustomer(db, input.customerId);
  const locale = asLocale(customer.locale);
  const m = messagesFor(locale).letters;
  const template = await effectiveTemplate(db, input.teamId, input.kind, locale);
  const interest = await interestToDate(db, input.customerId, input.today);
  const items = await overdueItemsOf(
    db,
    input.customerId,
    input.today,
    input.kind === 'balance_confirmation',
  );
  const totals = new Map<string, number>();
  for (const i of items) totals.set(i.currency, (totals.get(i.currency) ?? 0) + i.outstanding);
  const currencies = [...totals.keys()].sort();
  const list = (values: string[]) => [...new Set(values)].join(locale === 'en' ? ', ' : '、');
  const values = {
    customer: customer.name,
    // A fact the ledger lacks leaves its line out of the letter rather than printing a dash.
    contact: customer.contact_name ?? '',
    phone: customer.contact_phone ?? '',
    address: customer.address ?? '',
    team: customer.legal_name ?? customer.team_name,
    company: customer.legal_name ?? customer.team_name,
    company_address: customer.legal_address ?? '',
    date: input.today,
    pay_by: addDays(input.today, PAY_WITHIN_DAYS),
    item_count: String(items.length),
    total: currencies.map((c) => money(totals.get(c) ?? 0, c)).join(' + ') || '0',
    invoices: list(items.map((i) => i.invoice_no)),
    contracts: list(items.flatMap((i) => (i.contract_no ? [i.contract_no] : []))),
    max_days_overdue: String(items[0] ? daysOverdue(items[0].due_on, input.today) : 0),
    interest: (interest?.totals ?? [])
      .filter((t) => t.amount > 0)
      .map((t) => money(t.amount, t.currency))
      .join(' + '),
  };
  const c = m.columns;
  const content: LetterContent = {
    subject: fillText(template.subject, values),
    lines: fillBody(template.body, values),
    table: {
      columns: [c.no, c.invoice, c.contract, c.due, c.days, c.amount],
      numeric: new Set([0, 4, 5]),
      rows: items.map((i, n) => [
        String(n + 1),
        i.invoice_no,
        i.contract_no ?? '',
        i.due_on,
        String(daysOverdue(i.due_on, input.today)),
        money(i.outstanding, i.currency),
      ]),
      totals: currencies.map((cur) => [c.total(cur), '', '', '', '', money(totals.get(cur) ?? 0, cur)]),
    },
  };
  // File names keep to characters every chat platform and file system accepts.
  const safeName = customer.name.replace(/[\\/:*?"<>|\s]+/g, '_');
  return {
    content,
    name: m.fileName(input.kind, safeName, input.today),
    title: m.fileTitle(input.kind, customer.name),
  };
}
