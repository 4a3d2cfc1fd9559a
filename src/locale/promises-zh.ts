import type { promisesEn } from './promises-en.js';

/** 中文：承诺回款的结果、连续违约升级、法务处理中的客户。 */
export const promisesZh: typeof promisesEn = {
  broken: (who, customer, invoice, amount, date, received) =>
    `⚠ 承诺已违约：${who}，${customer} ${invoice} 承诺 ${date} 前回款 ${amount}，实际到账 ${received}。`,
  brokenInARow: (customer, count) => `${customer} 已连续违约 ${count} 次。`,
  escalatedTitle: (customer, step) => `客户升级：${customer} 升级至「${step}」`,
  escalatedFrom: (from, to) => `催收阶段：${from} → ${to}`,
  reason: {
    broken_promises: (count) => `连续违约 ${count} 次`,
    failed_contacts: (count) => `连续 ${count} 次未联系上`,
  },
  collector: (who) => `收款责任人：${who}`,
  history: '升级依据：',
  historyPromise: (date, invoice, amount, promisedOn, status) =>
    `${date} · ${invoice}：承诺 ${promisedOn} 前回款 ${amount}（${status}）`,
  historyFollowUp: (date, invoice, method, outcome, note) =>
    `${date} · ${invoice}：${method}，${outcome}${note ? `：${note}` : ''}`,
  legalTitle: (count) => `法务处理中（${count} 家客户），不在群内催收`,
  legalLine: (customer, items, amount) => `${customer} · ${items} 笔 · ${amount}`,
};
