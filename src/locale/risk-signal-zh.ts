import type { riskSignalEn } from './risk-signal-en.js';

/** 从逾期清单报告风险信号（风险信号）的中文文案。 */
export const riskSignalZh: typeof riskSignalEn = {
  button: '风险信号…',
  sign: (sign) =>
    ({
      lost_major_customer: '失去主要销售客户',
      selling_below_cost: '低价抛售',
      changing_banks: '频繁更换开户银行',
      avoiding_collector: '回避收款人员',
      management_change: '管理层变动',
      lawsuit: '涉及诉讼',
      other: '其他',
    })[sign] ?? sign,
  formTitle: '报告风险信号',
  signField: '预警信号',
  noteField: '看到或听到的情况',
  noteHint: '选"其他"时必填',
  submit: '报告主管',
  noteNeeded: '请写明情况：选"其他"时须填写说明。',
  toManager: (who, customer, code, invoice, sign, note) =>
    `⚠ **风险信号**：${who} 报告 ${customer}（${code}）${invoice}——${sign}${note ? `。\n说明：${note}` : '。'}`,
  raised: (customer, sign) => `已保存：${customer} 的风险信号（${sign}），已通知主管，并记入客户档案。`,
  history: (sign, note) => `风险信号：${sign}${note ? `——${note}` : ''}`,
};
