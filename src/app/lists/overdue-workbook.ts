import { type OutgoingFile, XLSX_MIME } from '../../chat/message.js';
import { AGING_BUCKETS } from '../../domain/aging.js';
import { formatAmount } from '../../domain/money-format.js';
import type { Messages } from '../../locale/index.js';
import { holdReasonText } from '../credit/hold-text.js';
import type { ItemView } from './item-view.js';
import { byCollector } from './list-message.js';
import { type Cell, type Sheet, writeXlsx } from './xlsx-writer.js';

// Spreadsheet cells hold numbers in major units; converting through the exact decimal text
// gives the same value a person typing the amount would get.
export const major = (minor: number, currency: string): Cell => ({
  money: Number(formatAmount(minor, currency, 'plain').replaceAll(',', '')),
});

export function sheetName(name: string, used: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 28) || 'Sheet';
  let candidate = base;
  for (let n = 2; used.has(candidate); n++) candidate = `${base} ${n}`;
  used.add(candidate);
  return candidate;
}

function summarySheet(items: readonly ItemView[], m: Messages, used: Set<string>): Sheet {
  const rows: Cell[][] = [];
  for (const bucket of AGING_BUCKETS.filter((b) => b !== 'not_due')) {
    const totals = new Map<string, { n: number; amount: number }>();
    for (const i of items) {
      if (i.bucket !== bucket) continue;
      const t = totals.get(i.currency) ?? { n: 0, amount: 0 };
      totals.set(i.currency, { n: t.n + 1, amount: t.amount + i.outstanding });
    }
    for (const [currency, t] of totals)
      rows.push([m.bucket(bucket), currency, t.n, major(t.amount, currency)]);
  }
  return {
    name: sheetName(m.lists.summarySheet, used),
    columns: [
      { header: m.lists.columnBucket, width: 18 },
      { header: m.lists.workbookColumns.currency, width: 10 },
      { header: m.lists.columnItems, width: 10 },
      { header: m.lists.columnAmount, width: 20 },
    ],
    rows,
  };
}

/** The collector sheets' columns, headed in the team's language. */
function itemColumns(m: Messages) {
  const c = m.lists.workbookColumns;
  return [
    { header: c.customer, width: 32 },
    { header: c.invoice, width: 18 },
    { header: c.contract, width: 16 },
    { header: c.currency, width: 9 },
    { header: c.outstanding, width: 16 },
    { header: c.due, width: 12 },
    { header: c.daysOverdue, width: 12 },
    { header: c.aging, width: 14 },
    { header: c.risk, width: 12 },
    { header: c.hold, width: 36 },
    { header: c.lastPromise, width: 26 },
    { header: c.nextStep, width: 28 },
  ];
}

/** The full overdue list as .xlsx: a summary sheet, then one sheet per collector in priority order. */
export function overdueWorkbook(
  items: readonly ItemView[],
  m: Messages,
  teamName: string,
  date: string,
): OutgoingFile {
  const used = new Set<string>();
  const sheets = [summarySheet(items, m, used)];
  for (const [collectorId, group] of byCollector(items)) {
    const name = collectorId === null ? m.lists.unassigned : (group[0]?.collectorName ?? String(collectorId));
    sheets.push({
      name: sheetName(name, used),
      columns: itemColumns(m),
      rows: group.map((i) => [
        i.customerName,
        i.invoiceNo,
        i.contractNo,
        i.currency,
        major(i.outstanding, i.currency),
        i.dueOn,
        i.daysOverdue,
        m.bucket(i.bucket),
        m.risk(i.risk),
        i.holdReasons.map((r) => holdReasonText(r, m)).join(m.credit.separator),
        i.lastPromise
          ? `${i.lastPromise.promisedOn} ${formatAmount(i.lastPromise.amount, i.currency)} (${m.promiseStatus(i.lastPromise.status)})`
          : '',
        m.step(i.step),
      ]),
    });
  }
  return {
    name: m.lists.workbookName(teamName, date),
    title: m.lists.workbookTitle(date),
    mimeType: XLSX_MIME,
    contentBase64: writeXlsx(sheets).toString('base64'),
  };
}
