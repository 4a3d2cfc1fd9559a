import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { type OutgoingFile, XLSX_MIME } from '../../chat/message.js';
import { AGING_BUCKETS } from '../../domain/aging.js';
import { formatAmount } from '../../domain/money-format.js';
import type { Messages } from '../../locale/index.js';
import type { ItemView } from './item-view.js';
import { byCollector } from './list-message.js';

const MONEY_FORMAT = '#,##0.00';

// Spreadsheet cells hold numbers in major units; converting through the exact decimal text
// gives the same value a person typing the amount would get.
const major = (minor: number, currency: string) =>
  Number(formatAmount(minor, currency, 'plain').replaceAll(',', ''));

function sheetName(name: string, used: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 28) || 'Sheet';
  let candidate = base;
  for (let n = 2; used.has(candidate); n++) candidate = `${base} ${n}`;
  used.add(candidate);
  return candidate;
}

/** The full overdue list as .xlsx: a summary sheet, then one sheet per collector in priority order. */
export async function overdueWorkbook(
  items: readonly ItemView[],
  m: Messages,
  teamName: string,
  date: string,
): Promise<OutgoingFile> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const used = new Set<string>();

  const summary = workbook.addWorksheet(sheetName(m.lists.summarySheet, used));
  summary.columns = [
    { header: m.lists.columnBucket, width: 18 },
    { header: 'Currency', width: 10 },
    { header: m.lists.columnItems, width: 10 },
    { header: m.lists.columnAmount, width: 20, style: { numFmt: MONEY_FORMAT } },
  ];
  for (const bucket of AGING_BUCKETS.filter((b) => b !== 'not_due')) {
    const totals = new Map<string, { n: number; amount: number }>();
    for (const i of items.filter((x) => x.bucket === bucket)) {
      const t = totals.get(i.currency) ?? { n: 0, amount: 0 };
      totals.set(i.currency, { n: t.n + 1, amount: t.amount + i.outstanding });
    }
    for (const [currency, t] of totals)
      summary.addRow([m.bucket(bucket), currency, t.n, major(t.amount, currency)]).commit();
  }
  summary.commit();

  for (const [collectorId, group] of byCollector(items)) {
    const name = collectorId === null ? m.lists.unassigned : (group[0]?.collectorName ?? String(collectorId));
    const sheet = workbook.addWorksheet(sheetName(name, used));
    sheet.columns = [
      { header: 'Customer', width: 32 },
      { header: 'Invoice', width: 18 },
      { header: 'Contract', width: 16 },
      { header: 'Currency', width: 9 },
      { header: 'Outstanding', width: 16, style: { numFmt: MONEY_FORMAT } },
      { header: 'Due', width: 12 },
      { header: 'Days overdue', width: 12 },
      { header: 'Aging', width: 14 },
      { header: 'Risk', width: 12 },
      { header: 'Credit hold', width: 12 },
      { header: 'Last promise', width: 24 },
      { header: 'Next step', width: 28 },
    ];
    for (const i of group) {
      const promise = i.lastPromise
        ? `${i.lastPromise.promisedOn} ${formatAmount(i.lastPromise.amount, i.currency)} (${m.promiseStatus(i.lastPromise.status)})`
        : '';
      sheet
        .addRow([
          i.customerName,
          i.invoiceNo,
          i.contractNo ?? '',
          i.currency,
          major(i.outstanding, i.currency),
          i.dueOn,
          i.daysOverdue,
          m.bucket(i.bucket),
          m.risk(i.risk),
          i.creditHold ? '✓' : '',
          promise,
          m.step(i.step),
        ])
        .commit();
    }
    sheet.commit();
  }
  await workbook.commit();
  return {
    name: m.lists.workbookName(teamName, date),
    title: m.lists.workbookTitle(date),
    mimeType: XLSX_MIME,
    contentBase64: Buffer.concat(chunks).toString('base64'),
  };
}
