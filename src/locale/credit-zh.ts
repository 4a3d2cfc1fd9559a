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
  historyRisk: (risk, invoice, days) => `转入${risk}（${invoice}，逾期 ${days} 天）`,
  holdOn: (customer, code, reasons) =>
    `⛔ ${customer}（${code}）停止供货：${reasons}。请销售与仓库暂停发货，解除前不再供货。`,
  holdOff: (customer, code) =>
    `✅ ${customer}（${code}）解除停止供货：欠款已在额度内，且没有超过停货账龄的逾期款。可恢复供货。`,
  riskCrossed: (customer, code, risk, invoice, days) =>
    `⚠ ${customer}（${code}）已转入${risk}：最早一笔 ${invoice} 逾期 ${days} 天。`,
};
