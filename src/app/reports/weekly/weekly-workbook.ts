import { type OutgoingFile, XLSX_MIME } from '../../../chat/message.js';
import { AGING_BUCKETS } from '../../../domain/aging.js';
import type { Messages } from '../../../locale/index.js';
import { standingText } from '../../credit/hold-text.js';
import { major, sheetName } from '../../lists/overdue-workbook.js';
import { type Cell, type Sheet, writeXlsx } from '../../lists/xlsx-writer.js';
import type { WeeklyFigures } from './weekly-figures.js';

const bp = (v: number | null): Cell => (v === null ? null : v / 100);

/** The weekly report as .xlsx: one sheet per table, real numbers and dates, totals, headers in the team's language. */
export function weeklyWorkbook(f: WeeklyFigures, teamCode: string, title: string, m: Messages): OutgoingFile {
  const r = m.reports;
  const used = new Set<string>();
  const sheet = (name: string, columns: [string, number][], rows: Cell[][], totals?: Cell[][]): Sheet => ({
    name: sheetName(name, used),
    columns: columns.map(([header, width]) => ({ header, width })),
    rows,
    ...(totals ? { totals } : {}),
  });
  const sheets: Sheet[] = [
    sheet(
      r.sheet.headline,
      [
        [r.currency, 10],
        [r.overdue, 16],
        [r.lastWeek, 16],
        [r.sheet.headline, 16],
        [r.collected, 16],
        [r.promisesDue, 16],
        [r.open, 16],
        [`${r.share} %`, 10],
      ],
      f.headline.map((h) => [
        h.currency,
        major(h.overdue, h.currency),
        major(h.overdueLastWeek, h.currency),
        major(h.newlyOverdue, h.currency),
        major(h.collected, h.currency),
        major(h.fellDue, h.currency),
        major(h.open, h.currency),
        bp(h.overdueShareBp),
      ]),
    ),
    sheet(
      r.sheet.aging,
      [
        [r.currency, 10],
        [r.bucket, 16],
        [r.thisWeek, 16],
        [r.lastWeek, 16],
      ],
      f.aging.flatMap((a) =>
        AGING_BUCKETS.map((b) => [
          a.currency,
          m.bucket(b),
          major(a.now[b], a.currency),
          major(a.lastWeek[b], a.currency),
        ]),
      ),
      f.aging.map((a) => [
        a.currency,
        r.total,
        major(sumOf(a.now), a.currency),
        major(sumOf(a.lastWeek), a.currency),
      ]),
    ),
    sheet(
      r.sheet.collectors,
      [
        [r.collector, 20],
        [r.currency, 10],
        [r.overdue, 16],
        [r.items, 8],
        [r.collected, 16],
        [r.promisesDue, 10],
        [r.promisesKept, 8],
        [r.promisesBroken, 8],
        [r.answersByDeadline, 12],
        [`${r.planAchievement} %`, 12],
      ],
      f.collectors.map((c) => [
        c.name,
        c.currency,
        major(c.overdue, c.currency),
        c.overdueItems,
        major(c.collected, c.currency),
        c.promisesDue,
        c.promisesKept,
        c.promisesBroken,
        c.answersByDeadline,
        bp(c.planAchievementBp),
      ]),
    ),
    sheet(
      r.sheet.customers,
      [
        [r.customer, 32],
        [r.currency, 10],
        [r.overdue, 16],
        [`${r.share} %`, 10],
        [r.step, 22],
        [r.status, 36],
      ],
      f.lists.topCustomers.map((c) => [
        c.name,
        c.currency,
        major(c.overdue, c.currency),
        bp(c.shareBp),
        m.step(c.step),
        standingText(c.status, c.holdReasons, m),
      ]),
    ),
    sheet(
      r.sheet.broken,
      [
        [r.customer, 32],
        [r.owner, 16],
        [r.currency, 10],
        [r.amount, 16],
        [r.promisedFor, 12],
      ],
      f.lists.broken.map((b) => [
        b.customer,
        b.owner,
        b.currency,
        major(b.amount, b.currency),
        { date: b.dueOn },
      ]),
    ),
    sheet(
      r.sheet.escalations,
      [
        [r.on, 12],
        [r.customer, 32],
        [r.from, 22],
        [r.to, 22],
      ],
      f.lists.escalations.map((e) => [
        { date: e.on },
        e.customer,
        m.step(e.from as never),
        m.step(e.to as never),
      ]),
    ),
    sheet(
      r.sheet.disputes,
      [
        [r.customer, 32],
        [r.invoice, 18],
        [r.currency, 10],
        [r.amount, 16],
        [r.age, 10],
      ],
      f.lists.disputes.map((d) => [
        d.customer,
        d.invoiceNo,
        d.currency,
        major(d.outstanding, d.currency),
        d.ageDays,
      ]),
    ),
    sheet(
      r.sheet.claims,
      [
        [r.customer, 32],
        [r.invoice, 18],
        [r.currency, 10],
        [r.amount, 16],
        [r.paidOn, 12],
        [r.age, 10],
      ],
      f.lists.claims.map((c) => [
        c.customer,
        c.invoiceNo,
        c.currency,
        major(c.amount, c.currency),
        { date: c.paidOn },
        c.ageDays,
      ]),
    ),
  ];
  return {
    name: r.workbookName('weekly', teamCode, f.period.label),
    title: r.workbookTitle(title),
    mimeType: XLSX_MIME,
    contentBase64: writeXlsx(sheets).toString('base64'),
  };
}

function sumOf(b: Record<string, number>): number {
  return Object.values(b).reduce((n, v) => n + v, 0);
}
