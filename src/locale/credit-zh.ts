import type { creditEn } from './credit-en.js';

/** 信用管理的中文文案：停止供货、占用额度、客户档案。 */
export const creditZh: typeof creditEn = {
  hold: (reasons) => `⛔ 停止供货：${reasons}`,
  overLimit: (amount) => `超出额度 ${amount}`,
  aged: (invoice, days) => `${invoice} 逾期 ${days} 天`,
  manual: (by, on) => `${by ?? '财务'}${on ? `于 ${on.slice(5)} ` : ''}设置`,
  exposure: (exposure, limit) => `占用额度 ${exposure} / 额度 ${limit}`,
  noLimit: (exposure) => `欠款 ${exposure}，未设额度`,
  separator: '；',
  contactsTitle: '**联系人**：',
  noContacts: '暂无联系人。',
  contactRole: (role) =>
    ({ decision_maker: '决策人', finance: '财务联系人', purchasing: '采购', legal: '法务', other: '联系人' })[
      role
    ] ?? role,
  contactLine: (name, role, phone, email) =>
    `${name}（${role}）${phone ? ` · ☎ ${phone}` : ''}${email ? ` · ${email}` : ''}`,
  paymentsTitle: (daysLate) =>
    daysLate === null
      ? '**回款记录**：近 12 个月没有到账'
      : `**回款记录**：近 12 个月平均晚付 ${daysLate} 天`,
  receiptLine: (date, amount) => `${date} 到账 ${amount}`,
  historyTitle: '**信用记录**：',
  historyLine: (date, text, who) => `${date} ${text}${who ? ` · ${who}` : ''}`,
  historyHoldOn: (reasons) => `停止供货：${reasons}`,
  historyHoldOff: '解除停止供货',
  historyWriteOff: (invoice, amount, reason) => `核销 ${invoice} ${amount}：${reason}`,
  writeOffFinanceOnly: '只有财务可以提出核销；须由另一位财务或主管审批。',
  writeOffNoItem: (invoice) =>
    `没有找到未结款项“${invoice}”。示例：\`核销 INV-1042 全部 客户破产 证据 (2026)沪0115破字第12号\``,
  writeOffTooMuch: (amount, invoice, outstanding) =>
    `${amount} 超过 ${invoice} 的未结金额（${outstanding}），未提出核销。`,
  writeOffPending: (invoice) => `${invoice} 已有一笔核销在等待审批，未重复提出。`,
  writeOffProposed: (invoice, amount) => `已提出：核销 ${invoice} ${amount}。须由另一位财务或主管审批。`,
  writeOffCard: (by, customer, invoice, amount, reason, evidence) =>
    `**待审批核销**：${by} 提出核销 ${customer} ${invoice} ${amount}。\n原因：${reason}\n证据：${evidence}`,
  approve: '批准',
  reject: '驳回',
  writeOffGone: '这笔核销已不存在。',
  writeOffNoRights: '只有财务或该团队的主管可以审批核销。',
  writeOffSecondPerson: '这笔核销是你提出的，须由另一人审批。',
  writeOffStatus: (status) => ({ approved: '批准', rejected: '驳回', proposed: '待审批' })[status] ?? status,
  writeOffDecided: (invoice, status) => `${invoice} 的核销已${status}。`,
  writeOffNothingOwed: (invoice) => `${invoice} 已结清，没有可核销的金额。`,
  writeOffApproved: (invoice, amount) =>
    `已批准：${invoice} 核销 ${amount}（死账），不再催收，计入月报的核销。`,
  writeOffsTitle: (month) => `${month} 核销明细`,
  writeOffsNone: '本月没有批准的核销。',
  writeOffsColumns: {
    on: '批准日期',
    customer: '客户',
    invoice: '发票号',
    amount: '核销金额',
    reason: '原因',
    evidence: '证据',
    people: '提出 / 批准',
  },
  writeOffsPeople: (proposer, approver) => `${proposer} / ${approver}`,
  writeOffsTotal: (currency) => `合计 ${currency}`,
  writeOffsSheet: '核销',
  mismatchTitle: '账期或额度超出信用等级标准的客户',
  mismatchColumns: { customer: '客户', rating: '信用等级', flags: '超出标准' },
  mismatchSheet: '信用等级标准',
  writeOffDecidedCard: (customer, invoice, amount, decision, who) =>
    `**核销**：${customer} ${invoice} ${amount}——已由 ${who}${decision}。`,
  writeOffRejected: (invoice) => `已驳回：${invoice} 继续催收。`,
  termsAbovePolicy: (terms, rating, max) => `⚠ 账期 ${terms} 天超过 ${rating} 级允许的 ${max} 天`,
  limitAbovePolicy: (limit, rating, max) => `⚠ 额度 ${limit} 超过 ${rating} 级允许的 ${max}`,
  historyRisk: (risk, invoice, days) => `转入${risk}（${invoice}，逾期 ${days} 天）`,
  holdOn: (customer, code, reasons) =>
    `⛔ ${customer}（${code}）停止供货：${reasons}。请销售与仓库暂停发货，解除前不再供货。`,
  holdOff: (customer, code) =>
    `✅ ${customer}（${code}）解除停止供货：欠款已在额度内，且没有超过停货账龄的逾期款。可恢复供货。`,
  riskCrossed: (customer, code, risk, invoice, days) =>
    `⚠ ${customer}（${code}）已转入${risk}：最早一笔 ${invoice} 逾期 ${days} 天。`,
};
