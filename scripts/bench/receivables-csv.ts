import { once } from 'node:events';
import { createWriteStream } from 'node:fs';

export const BENCH_HEADER = [
  '单据编号',
  '发票号',
  '客户编码',
  '合同号',
  '类型',
  '币种',
  '金额',
  '开票日期',
  '到期日',
  '收款责任人',
];

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The customer code and collector email the bench company uses for number `n`. */
export const benchCustomer = (n: number) => `C${pad(n, 5)}`;
export const benchCollector = (n: number) => `collector${pad(n, 4)}@bench.duebot.cn`;

/** One deterministic receivable row: amounts in the forms people type, dates in late 2026. */
export function benchRow(i: number, customers: number, collectors: number): string[] {
  const yuan = 1000 + ((i * 7919) % 2_000_000);
  const fen = (i * 37) % 100;
  const amount =
    i % 10 === 0
      ? `${(yuan / 10_000).toFixed(1)}万`
      : i % 3 === 0
        ? yuan.toLocaleString('en-US')
        : `${yuan}.${pad(fen, 2)}`;
  const issueDay = 1 + (i % 28);
  const dueMonth = 10 + (i % 3);
  return [
    `R${pad(i, 7)}`,
    `FP-${pad(i, 7)}`,
    benchCustomer(1 + (i % customers)),
    i % 4 === 0 ? '' : `HT-2026-${pad(i % 5000, 4)}`,
    i % 20 === 0 ? '质保金' : '发票',
    'CNY',
    amount,
    `2026-09-${pad(issueDay, 2)}`,
    `2026-${dueMonth}-${pad(issueDay, 2)}`,
    benchCollector(1 + (i % collectors)),
  ];
}

const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** Writes an n-row receivables CSV, streaming (nothing held in memory). */
export async function writeReceivablesCsv(
  file: string,
  rows: number,
  customers: number,
  collectors: number,
  rowOverride?: (i: number, row: string[]) => string[],
): Promise<void> {
  const out = createWriteStream(file);
  out.write(`${BENCH_HEADER.join(',')}\n`);
  for (let i = 1; i <= rows; i += 1) {
    let row = benchRow(i, customers, collectors);
    if (rowOverride) row = rowOverride(i, row);
    if (!out.write(`${row.map(quote).join(',')}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}
