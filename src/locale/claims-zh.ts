import type { claimsEn } from './claims-en.js';

/** "客户称已付款"的中文文案：财务的按钮、处理结果、给收款责任人的通知。 */
export const claimsZh: typeof claimsEn = {
  confirm: '已到账',
  reject: '未查到',
  noticeHint:
    '"已到账"将先记一笔暂记收款，待银行流水导入后替换；"未查到"则将该笔款项退回收款责任人继续跟进。',
  adminOnly: '只有财务可以确认或驳回客户的已付款反馈。',
  alreadyDecided: (state, who) => `该反馈已由 ${who} ${state}。`,
  state: (state) => ({ confirmed: '确认到账', rejected: '标记为未查到', pending: '待处理' })[state] ?? state,
  someone: '他人',
  decidedCard: (customer, invoice, amount, state, who) =>
    `${customer} ${invoice} ${amount}：已由 ${who} ${state}。`,
  confirmed: (customer, invoice, amount, outstanding) =>
    `已确认：${customer} 的 ${amount} 已作为暂记收款计入 ${invoice}，待银行流水导入后替换。当前未收 ${outstanding}。`,
  confirmedClosed: (customer, invoice, amount) =>
    `已确认：${customer} 的 ${amount} 已结清 ${invoice}，先作为暂记收款入账，待银行流水导入后替换。`,
  onRecord: (reference) => `已确认：流水号 ${reference} 的收款已在系统中，未重复入账。`,
  rejected: (customer, invoice) => `已标记为未查到：${customer} ${invoice} 已退回收款责任人的清单。`,
  toCollectorConfirmed: (who, customer, invoice, amount, outstanding) =>
    `财务（${who}）已确认 ${customer} 支付 ${invoice} ${amount}，当前未收 ${outstanding}。`,
  toCollectorRejected: (who, customer, invoice, amount, date) =>
    `财务（${who}）未查到 ${customer} 于 ${date} 支付 ${invoice} 的 ${amount}，该笔款项已退回你的清单，请继续跟进客户。`,
};
