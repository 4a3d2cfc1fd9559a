import type { OutgoingFile } from '../../chat/message.js';
import type { DbOrTrx } from '../../db/connect.js';
import { findAgreementTemplate, planForAgreement } from '../../db/repositories/repayment-plan.repository.js';
import { asLocale, messagesFor } from '../../locale/index.js';
import { DOCX_MIME, type LetterContent, letterDocx } from '../letters/letter-document.js';
import { money } from '../lists/labels.js';
import { fillAgreement } from './agreement-template.js';

// Parts per million as a percentage with no trailing zeros: 60000 → "6", 500 → "0.05".
const percent = (ppm: number): string => (ppm / 10_000).toFixed(4).replace(/\.?0+$/, '');

/**
 * The repayment agreement (还款协议) of a plan as a .docx in the team's language, worded by the
 * team's own template or the built-in one: both parties, the invoices, the instalments, an
 * overdue-interest clause, signature and seal lines.
 */
export async function repaymentAgreement(db: DbOrTrx, planId: number): Promise<OutgoingFile> {
  const { plan, items, instalments } = await planForAgreement(db, planId);
  const locale = asLocale(plan.locale);
  const r = messagesFor(locale).repayment;
  const outstanding = items.reduce((a, i) => a + i.outstanding, 0);
  const interest =
    plan.interest_ppm !== null && plan.interest_basis !== null
      ? r.interestRate(percent(plan.interest_ppm), plan.interest_basis)
      : '';
  const template = (await findAgreementTemplate(db, plan.team_id, locale)) ?? r.defaultAgreement;
  const filled = fillAgreement(template, {
    customer: plan.customer_name,
    customer_address: plan.customer_address ?? '',
    company: plan.legal_name ?? plan.team_name,
    company_address: plan.legal_address ?? '',
    date: plan.made_on,
    invoices: items.map((i) => i.invoice_no).join(locale === 'en' ? ', ' : '、'),
    outstanding: money(outstanding, plan.currency),
    plan_total: money(plan.total, plan.currency),
    instalment_count: String(instalments.length),
    interest_rate: interest || r.lpr,
  });
  const c = r.columns;
  const content: LetterContent = {
    subject: filled.subject,
    lines: filled.lines,
    table: {
      columns: [c.no, c.date, c.amount],
      numeric: new Set([0, 2]),
      rows: instalments.map((i) => [String(i.instalment_no), i.due_on, money(i.amount ?? 0, plan.currency)]),
      totals: [[c.total, '', money(plan.total, plan.currency)]],
    },
  };
  const bytes = await letterDocx(content);
  // File names keep to characters every chat platform and file system accepts.
  const safeName = plan.customer_name.replace(/[\\/:*?"<>|\s]+/g, '_');
  return {
    name: r.fileName(safeName, plan.made_on),
    title: r.fileTitle(plan.customer_name),
    mimeType: DOCX_MIME,
    contentBase64: bytes.toString('base64'),
  };
}
