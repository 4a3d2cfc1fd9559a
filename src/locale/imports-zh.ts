import type { importsEn } from './imports-en.js';

// The import's common row problems in Chinese; rarer ones are shown as the import words them.
const REASONS: Record<string, string> = {
  'date invalid: use a full date such as 2026-12-01': '日期无效：请写完整日期，例如 2026-12-01',
  'date invalid: no such day': '日期无效：没有这一天',
  'date invalid: year out of range': '日期无效：年份超出范围',
  'currency not 3 letters (e.g. CNY, USD)': '币种应为 3 个字母（例如 CNY、USD）',
  'amount missing': '缺少金额',
  'amount not readable — write it like 50000, 50,000.00 or 5万':
    '金额无法识别，请写成 50000、50,000.00 或 5万',
  'amount must be more than zero': '金额必须大于零',
  'amount must not be negative': '金额不能为负数',
  'amount has more decimals than the currency has': '金额的小数位超过了该币种允许的位数',
  'amount too large': '金额过大',
  'not a number of days (e.g. 30 or 30天)': '不是天数（例如 30 或 30天）',
  'not a whole number': '不是整数',
  'not a time such as 09:00': '不是时间（例如 09:00）',
  'not an email address': '不是邮箱地址',
  'missing required field': '缺少必填内容',
  'missing required column': '缺少必需的列',
  'missing required field: no team given and none can be inferred': '缺少团队：文件未写明，也无法推断',
  'unknown customer': '没有这个客户',
  'unknown invoice for this customer': '该客户没有这张发票',
};

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** 在聊天中发送台账文件导入的中文文案。 */
export const importsZh: typeof importsEn = {
  kind: (kind) =>
    ({
      teams: '团队',
      roster: '人员名单',
      customers: '客户',
      receivables: '应收账款（发票）',
      payments: '收款',
      contacts: '客户联系人',
      ratings: '信用评级政策',
    })[kind],
  financeOnly: '只有财务可以导入文件。未导入任何内容，请让财务管理员发送该文件。',
  notSpreadsheet: (name) =>
    `"${name}"不是可导入的表格文件。请发送 .xlsx 或 .csv 文件（例如从 ERP 导出为 Excel 的应收账款明细表）。`,
  tooLarge: (name, size, limit) =>
    `"${name}"大小为 ${mb(size)}，超过了聊天中可导入的上限 ${mb(limit)}。请拆分文件，或在服务器上用 npm run import 导入。`,
  unreadable: (name, why) => `无法读取"${name}"：${why}。未导入任何内容。`,
  downloadFailed: (name) => `无法从聊天中下载"${name}"。未导入任何内容，请重新发送。`,
  whichKind: (name) => `"${name}"是什么文件？请选择类型，我来导入。`,
  noKindMatches: (name) => `"${name}"的列与任何一种文件都不完全匹配。请选择文件类型，我会列出缺少的列。`,
  asKind: (kind) => `按${kind}导入`,
  uploadGone: '该文件已不在待导入列表中，请重新发送。',
  alreadyImported: (name) => `"${name}"已经导入过，没有重复导入。`,
  notYours: '只有发送该文件的人可以选择导入方式。',
  importedTitle: (name, kind) => `已导入 ${name}（${kind}）`,
  rejectedTitle: (name, kind) => `${name}（${kind}）未导入，未写入任何数据`,
  summary: (r) =>
    `共 ${r.rows} 行：新增 ${r.inserted}，更新 ${r.updated}，未变 ${r.unchanged}，拒绝 ${r.rejected}。`,
  skipped: (n) => `已跳过 ${n} 行小计、合计或表尾行。`,
  balanceFromFile: '未收余额取自文件。',
  balanceFromPaid: '未收余额按金额减去已收金额计算。',
  receipts: (receipts, closed) => `记录了 ${receipts} 笔无法由已导入收款解释的到账；${closed} 笔款项已结清。`,
  badRows: (n) => `${n} 行有问题：`,
  missingColumns: (columns) => `文件缺少必需的列：${columns}。`,
  moreProblems: (n) => `……还有 ${n} 个问题，全部列在拒绝文件中。`,
  rejectsFollow: '随后发送拒绝文件（每个问题行及原因）。',
  rejectsTitle: (name) => `${name} 的拒绝行`,
  ignored: (columns) => `未使用的列：${columns}。`,
  issueColumns: { row: '行', column: '列', value: '内容', reason: '问题' },
  importId: (id) => `导入 #${id}`,
  reason: (text) => REASONS[text] ?? text,
};
