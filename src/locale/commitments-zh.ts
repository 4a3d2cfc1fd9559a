import type { commitmentsEn, SettledFacts } from './commitments-en.js';

/** 中文：承诺（回款承诺、分期、按期确认、延期）违约与部分履约的通知。 */
export const commitmentsZh: typeof commitmentsEn = {
  wholeCustomer: '全部发票',
  line: {
    delay: (to, due) => `已同意延期至 ${to}（原到期 ${due}）`,
    delayPending: (to, due) => `延期至 ${to} 待审批（原到期 ${due}）`,
    onTime: (due) => `已确认按期付款（${due} 到期）`,
    instalment: (amount, date) => `还款计划：下一期 ${date} 还 ${amount}`,
    nextAction: (date) => `下次跟进 ${date}`,
    customerPromise: (date) => `客户整体承诺 ${date} 付款`,
    promisePending: (date) => `承诺 ${date} 付款，待审批`,
  },
  promiseApproval: {
    request: (who, customer, invoice, due, amount, date, limit) =>
      `${who} 登记了 ${customer} ${invoice}（到期日 ${due}）承诺 ${date} 付款 ${amount}，超过了可自行同意的上限 ${limit}，请审批。`,
    pending: (amount, date, limit) => `承诺 ${date} 付 ${amount}：超过上限 ${limit}，等待主管审批`,
    approved: (date, who) => `${who} 已批准 ${date} 付款的承诺`,
    rejected: (date, who) => `${who} 驳回了 ${date} 付款的承诺，该笔款项恢复催收`,
  },
  customerPromised: (amount, date, items) =>
    `承诺 ${date} 前回款 ${amount}（覆盖 ${items} 笔未结发票，按全部到账计算）`,
  customerCurrencies: (customer, currencies) =>
    `${customer} 的欠款涉及 ${currencies}，一个承诺只能用一种币种，请写明发票号。`,
  broken: {
    promise: (f: SettledFacts) =>
      `⚠ 承诺已违约：${f.who}，${f.customer} ${f.invoice} 承诺 ${f.date} 前回款 ${f.amount}，实际到账 ${f.received}。`,
    instalment: (f: SettledFacts) =>
      `⚠ 第 ${f.instalment} 期分期违约：${f.who}，${f.customer} ${f.invoice} 应于 ${f.date} 前还款 ${f.amount}，实际到账 ${f.received}。`,
    on_time: (f: SettledFacts) =>
      `⚠ 按期付款确认未兑现：${f.who}，${f.customer} ${f.invoice} 应于 ${f.date} 前付款 ${f.amount}，实际到账 ${f.received}。`,
    delay: (f: SettledFacts) =>
      `⚠ 延期承诺已违约：${f.who}，${f.customer} ${f.invoice} 同意延期至 ${f.date} 付款 ${f.amount}，实际到账 ${f.received}。`,
  },
  partlyKept: {
    promise: (f: SettledFacts) =>
      `◑ 承诺部分兑现：${f.who}，${f.customer} ${f.invoice} 截至 ${f.date} 到账 ${f.received}/${f.amount}，仍欠 ${f.missing}。`,
    instalment: (f: SettledFacts) =>
      `◑ 第 ${f.instalment} 期部分还款：${f.who}，${f.customer} ${f.invoice} 截至 ${f.date} 到账 ${f.received}/${f.amount}，仍欠 ${f.missing}。`,
    on_time: (f: SettledFacts) =>
      `◑ 到期仅部分付款：${f.who}，${f.customer} ${f.invoice} 截至 ${f.date} 到账 ${f.received}/${f.amount}，仍欠 ${f.missing}。`,
    delay: (f: SettledFacts) =>
      `◑ 延期到期仅部分付款：${f.who}，${f.customer} ${f.invoice} 截至 ${f.date} 到账 ${f.received}/${f.amount}，仍欠 ${f.missing}。`,
  },
};
