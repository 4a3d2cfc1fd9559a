/**
 * The repayment agreement's template: text with {{placeholders}} filled from the plan, as the
 * letters are; `{{instalments_table}}` stands on a line of its own and becomes the table.
 */
import type { FilledLine, LetterTemplate } from '../letters/letter-template.js';

/** The placeholders an agreement template may use, with what each stands for. */
export const AGREEMENT_PLACEHOLDERS = {
  customer: "the customer's name",
  customer_address: "the customer's address",
  company: "the company's legal name, from the teams file",
  company_address: "the company's address, from the teams file",
  date: 'the day the plan was agreed',
  invoices: "the plan's invoice numbers",
  outstanding: 'what the customer owes on those invoices',
  plan_total: 'the total of the instalments',
  instalment_count: 'how many instalments',
  interest_rate: "the customer's overdue interest rate, else the one-year LPR",
  instalments_table: 'the table of instalments (on a line of its own)',
} as const;

export type AgreementPlaceholder = keyof typeof AGREEMENT_PLACEHOLDERS;
export const INSTALMENTS_TABLE = 'instalments_table';
export type AgreementValues = Record<Exclude<AgreementPlaceholder, 'instalments_table'>, string>;

const TOKEN = /\{\{\s*([^{}]*?)\s*\}\}/g;
const known = (name: string): name is AgreementPlaceholder => Object.hasOwn(AGREEMENT_PLACEHOLDERS, name);

/** Every problem with an agreement template, each naming its line; empty when it can be used. */
export function agreementProblems(template: LetterTemplate): string[] {
  const problems: string[] = [];
  if (!template.subject.trim()) problems.push('the subject is empty');
  if (!template.body.includes(`{{${INSTALMENTS_TABLE}}}`))
    problems.push(`the body needs {{${INSTALMENTS_TABLE}}} on a line of its own`);
  const names = Object.keys(AGREEMENT_PLACEHOLDERS)
    .map((p) => `{{${p}}}`)
    .join(', ');
  const lines = [
    { where: 'subject', text: template.subject },
    ...template.body.split('\n').map((text, i) => ({ where: `body line ${i + 1}`, text })),
  ];
  for (const { where, text } of lines)
    for (const match of text.matchAll(TOKEN)) {
      const name = match[1] ?? '';
      if (!known(name))
        problems.push(`${where}: unknown placeholder ${match[0]}; known placeholders are ${names}`);
      else if (name === INSTALMENTS_TABLE && (where === 'subject' || text.trim() !== match[0]))
        problems.push(`${where}: {{${INSTALMENTS_TABLE}}} must stand on a line of its own in the body`);
    }
  return problems;
}

/** Fills a line's placeholders; null when it names a fact that is not known (no address on file). */
function fillLine(line: string, values: AgreementValues): string | null {
  let lacking = false;
  const text = line.replace(TOKEN, (whole, name: string) => {
    if (!known(name) || name === INSTALMENTS_TABLE) return whole;
    if (values[name] === '') lacking = true;
    return values[name];
  });
  return lacking ? null : text;
}

/** The subject and body filled line by line, marking where the instalments table goes. */
export function fillAgreement(
  template: LetterTemplate,
  values: AgreementValues,
): { subject: string; lines: FilledLine[] } {
  const lines: FilledLine[] = [];
  for (const line of template.body.split('\n')) {
    if (line.replace(/\s+/g, '') === `{{${INSTALMENTS_TABLE}}}`) lines.push({ kind: 'table' });
    else {
      const text = fillLine(line, values);
      if (text !== null) lines.push({ kind: 'text', text });
    }
  }
  return { subject: fillLine(template.subject, values) ?? template.subject, lines };
}
