// Writes the two ERP-export samples beside this file, as Kingdee/Yonyou export them:
// erp-receivables.xlsx (title rows, a two-row merged header, 小计/合计 rows and a 制表人 footer;
// Excel serial dates and amounts as text) and erp-receivables.gbk.csv (the same report saved
// as CSV by Chinese Excel, in GBK). Run: npx tsx scripts/samples/make-erp-export.ts
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

const HERE = import.meta.dirname;

// 单据编号, 单据日期, 客户编码, 客户名称, 币别, 应收金额, 已收金额, 未收金额, 到期日, 业务员
type Line = [string, string | number, string, string, string, string | number, string | number, string | number, string | number, string];

const CUSTOMERS: Record<string, [string, Line[]]> = {
  C001: [
    '上海宏达机电设备有限公司',
    [
      ['AR-2611-001', 46280, 'C001', '上海宏达机电设备有限公司', '人民币', '320,000.00', '320,000.00', '0.00', 46340, '李娜'],
      ['AR-2611-002', '2026/10/8', 'C001', '上海宏达机电设备有限公司', '人民币', '￥158,000.00', '58,000.00', '100,000.00', '2026/11/7', '李娜'],
    ],
  ],
  C002: [
    '苏州恒信精密制造有限公司',
    [
      ['AR-2611-003', 46300, 'C002', '苏州恒信精密制造有限公司', '人民币', '86,400.00元', '0.00', '86,400.00元', 46330, '王芳'],
      ['AR-2611-004', '2026/11/3', 'C002', '苏州恒信精密制造有限公司', '人民币', 45200, 12000, 33200, '2026/12/3', '王芳'],
    ],
  ],
  C004: [
    '南京长江建材集团有限公司',
    [['AR-2611-005', 46295, 'C004', '南京长江建材集团有限公司', '人民币', '1,200,000.00', '', '1,200,000.00', 46385, '李娜']],
  ],
};

const TITLE = '应收账款明细表';
const COMPANY = '编制单位：华信集团有限公司    期间：2026年11月';
const TOP = ['单据编号', '单据日期', '客户', '', '币别', '金额', '', '', '到期日', '业务员'];
const BOTTOM = ['', '', '编码', '名称', '', '应收金额', '已收金额', '未收金额', '', ''];

const money = (v: string | number) => (typeof v === 'number' ? v : Number(v.replace(/[^\d.]/g, '') || 0));

function reportRows(): (string | number)[][] {
  const rows: (string | number)[][] = [];
  let total = [0, 0, 0];
  for (const [code, [name, lines]] of Object.entries(CUSTOMERS)) {
    const sub = [0, 0, 0];
    for (const line of lines) {
      rows.push(line);
      for (let i = 0; i < 3; i += 1) sub[i] = (sub[i] ?? 0) + money(line[5 + i] as string | number);
    }
    rows.push(['小计', '', code, name, '', ...sub, '', '']);
    total = total.map((t, i) => t + (sub[i] ?? 0));
  }
  rows.push(['合计', '', '', '', '', ...total, '', '']);
  return rows;
}

async function xlsx(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('应收账款明细表');
  ws.addRow([TITLE]);
  ws.mergeCells('A1:J1');
  ws.addRow([COMPANY]);
  ws.mergeCells('A2:J2');
  ws.addRow([]);
  ws.addRow(TOP);
  ws.addRow(BOTTOM);
  for (const col of ['A', 'B', 'E', 'I', 'J']) ws.mergeCells(`${col}4:${col}5`);
  ws.mergeCells('C4:D4');
  ws.mergeCells('F4:H4');
  for (const row of reportRows()) ws.addRow(row);
  ws.addRow([]);
  ws.addRow(['制表人：徐丽', '', '', '审核：张伟', '', '', '打印日期：2026-11-23']);
  await wb.xlsx.writeFile(path.join(HERE, 'erp-receivables.xlsx'));
}

const csvCell = (v: string | number) => {
  const s = String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

async function gbkCsv(): Promise<void> {
  const lines = [[TITLE], [COMPANY], [], TOP, BOTTOM, ...reportRows(), [], ['制表人：徐丽', '', '', '审核：张伟']];
  const text = `${lines.map((l) => l.map(csvCell).join(',')).join('\r\n')}\r\n`;
  await writeFile(path.join(HERE, 'erp-receivables.gbk.csv'), iconv.encode(text, 'gbk'));
}

await xlsx();
await gbkCsv();
