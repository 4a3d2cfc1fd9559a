/**
 * Letter templates: text with {{placeholders}} filled from the customer and its overdue items.
 * `{{items_table}}` stands on a line of its own and becomes a table in the document.
 */

/** The placeholders a template may use, with what each stands for (shown when one is misspelt). */
export const PLACEHOLDERS = {
  customer: "the customer's name",
  contact: "the customer's contact person",
  phone: "the contact's phone number",
  address: "the customer's address",
  team: "the company's legal name (the same as {{company}})",
  company: "the company's legal name, from the teams file (the team's name until one is set)",
  company_address: "the company's address, from the teams file",
  date: "today's date",
  pay_by: 'the date to pay by (a week from today)',
  item_count: 'how many items are overdue',
  total: 'the overdue total per currency',
  invoices: 'the overdue invoice numbers',
  contracts: 'the contract numbers of the overdue items',
  max_days_overdue: 'the days overdue of the oldest item',
  interest: 'the overdue interest to date at the rate on file (its line is left out when none is charged)',
  items_table: 'the table of overdue items (on a line of its own)',
} as const;

export type Placeholder = keyof typeof PLACEHOLDERS;
export const TABLE = 'items_table';

/** A template as stored: the subject line and the body. */
export interface LetterTemplate {
  subject: string;
  body: string;
}

const TOKEN = /\{\{\s*([^{}]*?)\s*\}\}/g;
const isPlaceholder = (name: string): name is Placeholder => Object.hasOwn(PLACEHOLDERS, name);

/** Every problem with a template, each naming its line; empty when it can be used. */
export function templateProblems(template: LetterTemplate): string[] {
  const problems: string[] = [];
  const known = Object.keys(PLACEHOLDERS)
    .map((p) => `{{${p}}}`)
    .join(', ');
  if (!template.subject.trim()) problems.push('the subject is empty');
  if (!template.body.trim()) problems.push('the body is empty');
  const lines = [
    { where: 'subject', text: template.subject },
    ...template.body.split('\n').map((text, i) => ({ where: `body line ${i + 1}`, text })),
  ];
  for (const { where, text } of lines) {
    for (const match of text.matchAll(TOKEN)) {
      const name = match[1] ?? '';
      if (!isPlaceholder(name))
        problems.push(`${where}: unknown placeholder ${match[0]}; known placeholders are ${known}`);
      else if (name === TABLE && (where === 'subject' || text.trim() !== match[0]))
        problems.push(`${where}: {{${TABLE}}} must stand on a line of its own in the body`);
    }
    const rest = text.replace(TOKEN, '');
    if (rest.includes('{{') || rest.includes('}}'))
      problems.push(`${where}: unmatched braces; placeholders are written like {{customer}}`);
  }
  return problems;
}

/** One line of a filled body: text, or the place where the items table goes. */
export type FilledLine = { kind: 'text'; text: string } | { kind: 'table' };

/** Fills a line's placeholders from `values`. */
export function fillText(text: string, values: Record<Exclude<Placeholder, 'items_table'>, string>): string {
  return text.replace(TOKEN, (whole, name: string) =>
    isPlaceholder(name) && name !== TABLE ? values[name] : whole,
  );
}

/** Fills the body line by line, marking where the table goes. */
export function fillBody(body: string, values: Parameters<typeof fillText>[1]): FilledLine[] {
  const lines: FilledLine[] = [];
  for (const line of body.split('\n')) {
    if (line.trim().replace(/\s+/g, '') === `{{${TABLE}}}`) lines.push({ kind: 'table' });
    // A line naming a fact that is not known (no address on file) is left out, not printed half empty.
    else if (!lacksValue(line, values)) lines.push({ kind: 'text', text: fillText(line, values) });
  }
  return lines;
}

function lacksValue(line: string, values: Parameters<typeof fillText>[1]): boolean {
  for (const match of line.matchAll(TOKEN)) {
    const name = match[1] ?? '';
    if (isPlaceholder(name) && name !== TABLE && values[name] === '') return true;
  }
  return false;
}
