import { TeamSettingsSchema } from '../app/team-settings.js';
import type { ImportKind } from './types.js';

/** One thing a row can say, with the headers people give it in Chinese and English spreadsheets. */
export interface FieldSpec {
  id: string;
  /** Shown when the column is absent: "金额 / Amount". */
  label: string;
  aliases: readonly string[];
}

const f = (id: string, aliases: readonly string[]): FieldSpec => ({
  id,
  label: `${aliases[0]} / ${aliases.find((a) => /^[A-Za-z]/.test(a)) ?? id}`,
  aliases: [id, ...aliases],
});

const customerCode = f('customer_code', [
  '客户编码',
  '客户编号',
  '客户代码',
  'Customer ID',
  'Customer Code',
  'Customer Number',
  'Customer No',
]);
const customerName = f('customer_name', [
  '客户名称',
  '客户',
  '客户全称',
  '往来单位',
  '往来单位名称',
  'Customer',
  'Customer Name',
]);
const currency = f('currency', ['币种', '货币', '币别', 'Currency', 'CCY', 'Document Currency', 'Crcy']);
const invoiceNo = f('invoice_no', [
  '发票号',
  '发票号码',
  '发票编号',
  'Invoice No',
  'Invoice Number',
  'Invoice',
]);

// Chinese names for the per-team rule settings; the setting's own name (postTime, post_time…) works too.
const SETTING_ALIASES: Readonly<Record<string, readonly string[]>> = {
  postTime: ['推送时间', '发送时间'],
  deadlineTime: ['截止时间', '回复截止时间'],
  warningDays: ['预警天数', '到期预警天数'],
  cooperativeDays: ['温和提醒天数'],
  firmDays: ['严肃提醒天数'],
  responsePolicy: ['回复规则'],
  graceDays: ['宽限天数', '宽限期'],
  disputeManagerDays: ['争议上报天数'],
  largeAmount: ['大额标准', '大额金额'],
  shortMaxDays: ['短账龄天数'],
  planTime: ['计划时间'],
  planReminderTime: ['计划提醒时间'],
  planSummaryTime: ['计划汇总时间'],
  resultTime: ['结果时间'],
  resultReminderTime: ['结果提醒时间'],
  resultSummaryTime: ['结果汇总时间'],
  weeklyReportTime: ['周报时间'],
  monthlyReportTime: ['月报时间', '账龄分析时间'],
  recoveryLikelihood: ['回收可能性', '回收率表'],
  commissionTable: ['提成系数', '回款提成系数'],
};

/** The team-settings keys a teams file may set, one column each. */
export const SETTING_KEYS = Object.keys(
  TeamSettingsSchema.shape,
) as (keyof typeof TeamSettingsSchema.shape)[];

const settingFields = SETTING_KEYS.map((key) => {
  const snake = key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  return { id: key, label: key, aliases: [key, snake, ...(SETTING_ALIASES[key] ?? [])] };
});

/** The fields of each kind of file; the first alias is the Chinese header the samples use. */
export const FIELDS: Readonly<Record<ImportKind, readonly FieldSpec[]>> = {
  teams: [
    f('code', ['团队编码', '团队代码', '团队编号', '编码', '代码', 'Team Code', 'Code']),
    f('name', ['团队名称', '团队', '名称', 'Team Name', 'Team', 'Name']),
    f('timezone', ['时区', 'Timezone', 'Time Zone', 'TZ']),
    f('locale', ['语言', 'Locale', 'Language']),
    f('calendar', ['日历', '工作日历', 'Calendar', 'Calendar Kind']),
    f('legal_name', ['公司名称', '公司全称', '法定名称', 'Legal Name', 'Company', 'Company Name']),
    f('legal_address', ['公司地址', '注册地址', 'Legal Address', 'Company Address']),
    ...settingFields,
  ],
  roster: [
    f('email', ['邮箱', '电子邮箱', '邮件', '工作邮箱', 'Email', 'E-mail', 'Mail']),
    f('name', ['姓名', '名字', '员工姓名', 'Name', 'Full Name']),
    f('role', ['角色', '岗位', '职责', 'Role']),
    f('team', ['团队', '所属团队', '团队编码', 'Team', 'Team Code']),
    f('manager', ['主管', '主管邮箱', '上级', '直属主管', 'Manager', 'Manager Email']),
    f('status', ['在职状态', '状态', '在职', 'Status', 'Employment']),
    f('left_on', ['离职日期', '离职时间', 'Left On', 'Leaving Date', 'Left']),
    f('slack_id', ['Slack ID', 'Slack User ID', 'Slack']),
    f('lark_open_id', [
      '飞书ID',
      '飞书 Open ID',
      '飞书open_id',
      'Lark Open ID',
      'Lark ID',
      'Feishu ID',
      'open_id',
    ]),
  ],
  customers: [
    f('external_id', ['客户编码', '客户编号', '客户代码', 'Customer ID', 'Customer Code', 'External ID']),
    f('name', ['客户名称', '客户', '客户全称', 'Customer', 'Customer Name', 'Name']),
    f('team', ['团队', '所属团队', '团队编码', 'Team', 'Team Code']),
    f('owner', ['负责人', '收款责任人', '客户负责人', '业务员', 'Owner', 'Owner Email', 'Collector']),
    f('rating', ['信用等级', '等级', '评级', 'Rating', 'Credit Rating']),
    f('credit_limit', ['信用额度', '授信额度', 'Credit Limit']),
    { ...currency, aliases: [...currency.aliases, '额度币种'] },
    f('payment_terms', ['账期', '账期天数', '付款期限', '信用期', 'Payment Terms', 'Terms']),
    f('contact_name', ['联系人', '联系人姓名', 'Contact', 'Contact Name']),
    f('contact_phone', ['联系电话', '电话', '手机', 'Phone', 'Contact Phone']),
    f('contact_email', ['联系邮箱', '邮箱', 'Email', 'Contact Email']),
    f('address', ['地址', '联系地址', 'Address']),
    f('interest_rate', ['逾期利率', '违约金利率', '逾期利率（%）', 'Interest Rate', 'Overdue Interest']),
    f('interest_basis', ['计息方式', '利率类型', 'Interest Basis', 'Rate Basis']),
  ],
  receivables: [
    f('external_id', [
      '单据编号',
      '应收单号',
      '单据号',
      'External ID',
      'Receivable ID',
      'Document Number',
      'Document No',
      'Doc No',
    ]),
    { ...invoiceNo, aliases: [...invoiceNo.aliases, 'Reference'] },
    customerCode,
    customerName,
    f('contract_no', ['合同号', '合同编号', '合同号码', 'Contract No', 'Contract Number', 'Contract']),
    f('kind', ['类型', '应收类型', '款项类型', 'Kind', 'Type']),
    currency,
    f('amount', [
      '金额',
      '应收金额',
      '发票金额',
      '价税合计',
      '原币金额',
      '本币金额',
      'Amount',
      'Invoice Amount',
      'Gross Amount',
      'Amount in Doc Curr',
    ]),
    // What is still open, when the ERP says so: the outstanding balance of the item.
    f('balance', [
      '未收金额',
      '未收款金额',
      '余额',
      '应收余额',
      '未核销金额',
      '原币余额',
      '本币余额',
      'Open Amount',
      'Balance',
      'Outstanding',
      'Amount Open',
    ]),
    // What was received against it; the balance is the amount less this when no balance column is given.
    f('paid', [
      '已收金额',
      '已收款金额',
      '已核销金额',
      '核销金额',
      'Paid Amount',
      'Amount Paid',
      'Cleared Amount',
    ]),
    f('issued_on', [
      '开票日期',
      '发票日期',
      '单据日期',
      '业务日期',
      '记账日期',
      'Issue Date',
      'Invoice Date',
      'Issued On',
      'Document Date',
      'Posting Date',
      'Billing Date',
    ]),
    f('due_on', ['到期日', '到期日期', '应收日期', '收款到期日', 'Due Date', 'Due On', 'Net Due Date']),
    f('collector', [
      '收款责任人',
      '责任人',
      '催收人',
      '业务员',
      '销售员',
      'Collector',
      'Collector Email',
      'Salesperson',
      'Sales Rep',
    ]),
  ],
  payments: [
    f('external_id', ['收款单号', '单据编号', '收款编号', 'External ID', 'Payment ID', 'Payment No']),
    customerCode,
    customerName,
    invoiceNo,
    f('amount', ['金额', '收款金额', '到账金额', 'Amount']),
    currency,
    f('received_on', ['到账日期', '收款日期', '到账日', 'Received Date', 'Receipt Date', 'Payment Date']),
    f('bank', ['银行', '收款银行', '开户行', 'Bank']),
    f('reference', ['流水号', '参考号', '银行流水号', '交易流水号', 'Reference', 'Bank Reference', 'Ref']),
  ],
  contacts: [
    customerCode,
    customerName,
    f('name', ['联系人', '联系人姓名', '姓名', 'Contact', 'Contact Name', 'Name']),
    f('role', ['角色', '职务', '身份', 'Role']),
    f('phone', ['联系电话', '电话', '手机', 'Phone', 'Mobile']),
    f('email', ['邮箱', '电子邮箱', 'Email', 'E-mail']),
  ],
  ratings: [
    f('team', ['团队', '团队编码', 'Team', 'Team Code']),
    f('rating', ['信用等级', '等级', 'Rating']),
    f('max_terms_days', ['最长账期', '账期上限', 'Max Terms', 'Longest Terms']),
    f('default_limit', ['默认额度', '信用额度', 'Default Limit', 'Credit Limit']),
    currency,
    f('extension_allowed', ['允许展期', '可展期', 'Extension Allowed', 'Extension']),
    f('review_months', ['复审周期', '评审周期（月）', '复审月数', 'Review Months', 'Review Every']),
  ],
};

/** Columns a file must have: each group lists fields of which at least one must be present. */
export const REQUIRED_COLUMNS: Readonly<Record<ImportKind, readonly (readonly string[])[]>> = {
  teams: [['code'], ['name']],
  roster: [['email'], ['name']],
  customers: [['external_id'], ['name']],
  receivables: [
    ['invoice_no', 'external_id'],
    ['customer_code', 'customer_name'],
    ['amount'],
    ['due_on', 'issued_on'],
  ],
  payments: [['customer_code', 'customer_name'], ['amount'], ['received_on'], ['external_id', 'reference']],
  contacts: [['customer_code', 'customer_name'], ['name']],
  ratings: [['team'], ['rating'], ['max_terms_days'], ['default_limit'], ['review_months']],
};

export function fieldSpec(kind: ImportKind, id: string): FieldSpec | undefined {
  return FIELDS[kind].find((field) => field.id === id);
}
