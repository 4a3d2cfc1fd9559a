import { readFile } from 'node:fs/promises';
import iconv from 'iconv-lite';
import type { Message } from '../../../src/chat/message.js';
import type { Reply } from '../../../src/chat/reply.js';
import type { DbOrTrx } from '../../../src/db/connect.js';
import { sample } from '../import/import-helpers.js';

/** The ERP's GBK export of the sample company's receivables, as finance saves it. */
export const erpExport = () => readFile(sample('erp-receivables.gbk.csv'));

/** The same export with one invoice's due date unreadable, so the file is refused. */
export async function brokenErpExport(): Promise<Buffer> {
  const text = iconv.decode(await erpExport(), 'gb18030').replace('2026/12/3', '2026/13/45');
  return iconv.encode(text, 'gb18030');
}

/** Every text of a message, for asserting what a person reads. */
export function textOf(message: Message): string {
  return message.blocks
    .map((b) => {
      if (b.type === 'header' || b.type === 'text' || b.type === 'context') return b.text;
      if (b.type === 'table') return b.rows.map((r) => Object.values(r).join(' | ')).join('\n');
      if (b.type === 'actions') return b.buttons.map((x) => x.label).join(' / ');
      return '';
    })
    .join('\n');
}

export function replyText(reply: Reply): string {
  return reply.kind === 'private' ? textOf(reply.message) : `(${reply.kind})`;
}

/** The open balance Duebot keeps for one invoice, or undefined when it is not on file. */
export async function outstandingOf(db: DbOrTrx, invoice: string) {
  const row = await db
    .selectFrom('receivables')
    .select(['outstanding', 'status'])
    .where('external_id', '=', invoice)
    .executeTakeFirst();
  return row;
}

export async function receivableCount(db: DbOrTrx): Promise<number> {
  const row = await db
    .selectFrom('receivables')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * An ERP-style GBK export (title row, header, a 小计 row) of one new invoice of a customer on
 * file, with `due` as the due date cell.
 */
export async function erpExportFor(db: DbOrTrx, invoice: string, due = '2026/12/20'): Promise<Buffer> {
  const customer = await db
    .selectFrom('customers')
    .select(['external_id', 'name'])
    .orderBy('id')
    .executeTakeFirstOrThrow();
  const text = [
    '应收账款明细表',
    '单据编号,客户编码,客户名称,应收金额,未收金额,到期日',
    `${invoice},${customer.external_id},${customer.name},"12,000.00","12,000.00",${due}`,
    `小计,${customer.external_id},,12000,12000,`,
    '',
  ].join('\r\n');
  return iconv.encode(text, 'gb18030');
}
