import type { balanceEn } from './balance-en.js';

/** 对账函（询证函）及客户回函的中文文案。 */
export const balanceZh: typeof balanceEn = {
  notAllowed: '只有该客户的收款员、本团队主管或财务可以发送对账函或登记回函。',
  noCustomer: (text) => `"${text}"不是本团队的客户。示例：\`对账 C001\``,
  nothingOpen: (customer) => `${customer} 没有未结欠款，无需对账。`,
  sent: (customer, asOf, total) =>
    `已完成：${customer} 截至 ${asOf} 的对账函（合计 ${total}）已发到团队群。客户回函后，用 \`对账 <客户> 无误\` 或 \`对账 <客户> 不符 <客户记录的金额>\` 登记。`,
  noneWaiting: (customer) => `${customer} 没有待回函的对账函；请先用 \`对账 <客户>\` 发送。`,
  beforeSent: (date, asOf) => `回函日期 ${date} 早于对账函的日期（${asOf}）。`,
  recordedConfirmed: (customer, on, total) => `已登记：${customer} 于 ${on} 确认余额 ${total} 无误。`,
  recordedDisputed: (customer, on, theirs, ours) =>
    `已登记：${customer} 于 ${on} 回函不符：客户记录 ${theirs}，我方记录 ${ours}。`,
  fileLine: (asOf, total, reply) => `**对账**：截至 ${asOf} 合计 ${total}——${reply}`,
  awaiting: '待回函',
  interestLine: (rate, basis, date, amount) =>
    `**逾期利息**（${basis === 'daily' ? '日' : '年'}利率 ${rate}%，计至 ${date}）：${amount}`,
  historySent: (asOf) => `发出对账函（截至 ${asOf}）`,
  historyReply: (asOf, reply) => `截至 ${asOf} 的对账函回函：${reply}`,
  confirmedOn: (on) => `${on} 确认无误`,
  disputedOn: (on, theirs) => `${on} 回函不符：客户记录 ${theirs}`,
};
