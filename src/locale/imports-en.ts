import type { ImportKind } from '../db/schema/index.js';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** English wording of importing a ledger file sent in the chat. */
export const importsEn = {
  kind: (kind: ImportKind): string =>
    ({
      teams: 'teams',
      roster: 'roster',
      customers: 'customers',
      receivables: 'receivables (invoices)',
      payments: 'payments',
      contacts: 'customer contacts',
      ratings: 'rating policy',
    })[kind],
  financeOnly: 'Only finance can import files. Nothing was imported; ask a finance admin to send the file.',
  notSpreadsheet: (name: string) =>
    `'${name}' is not a spreadsheet I can import. Send a .xlsx or .csv file (for example the ERP's 应收账款明细表 exported to Excel).`,
  tooLarge: (name: string, size: number, limit: number) =>
    `'${name}' is ${mb(size)}, more than the ${mb(limit)} I take from the chat. Split it, or import it on the server with npm run import.`,
  unreadable: (name: string, why: string) => `I could not read '${name}': ${why}. Nothing was imported.`,
  downloadFailed: (name: string) =>
    `I could not download '${name}' from the chat. Nothing was imported; please send it again.`,
  whichKind: (name: string) => `What is in '${name}'? Choose the kind of file and I will import it.`,
  noKindMatches: (name: string) =>
    `The columns of '${name}' match no kind of file completely. Choose what it is and I will say which columns are missing.`,
  asKind: (kind: string) => `Import as ${kind}`,
  uploadGone: 'That file is no longer waiting to be imported. Send it again.',
  alreadyImported: (name: string) => `'${name}' was already imported; nothing was imported twice.`,
  notYours: 'Only the person who sent this file can choose how to import it.',
  importedTitle: (name: string, kind: string) => `Imported ${name} as ${kind}`,
  rejectedTitle: (name: string, kind: string) => `${name} (${kind}) was not imported — nothing was written`,
  summary: (r: { rows: number; inserted: number; updated: number; unchanged: number; rejected: number }) =>
    `${plural(r.rows, 'row', 'rows')}: ${r.inserted} new, ${r.updated} updated, ${r.unchanged} unchanged, ${r.rejected} rejected.`,
  skipped: (n: number) =>
    `${plural(n, 'subtotal, total or footer row', 'subtotal, total or footer rows')} skipped.`,
  balanceFromFile: 'Open balances were taken from the file.',
  balanceFromPaid: 'Open balances were computed as the amount less the paid column.',
  receipts: (receipts: number, closed: number) =>
    `${plural(receipts, 'receipt', 'receipts')} no imported payment explains recorded; ${plural(closed, 'item', 'items')} closed.`,
  badRows: (n: number) => `${plural(n, 'row has', 'rows have')} problems:`,
  missingColumns: (columns: string) => `The file lacks required columns: ${columns}.`,
  moreProblems: (n: number) =>
    `… and ${plural(n, 'more problem', 'more problems')}, all in the rejects file.`,
  rejectsFollow: 'The rejects file (every bad row with its reasons) follows.',
  rejectsTitle: (name: string) => `Rejected rows of ${name}`,
  ignored: (columns: string) => `Columns not used: ${columns}.`,
  issueColumns: { row: 'Row', column: 'Column', value: 'Value', reason: 'Problem' },
  importId: (id: number) => `Import #${id}`,
  /** A row problem as the import words it; other languages translate the common ones. */
  reason: (text: string): string => text,
};
