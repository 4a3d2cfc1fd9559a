import { balanceZh } from './balance-zh.js';
import type { Messages } from './catalogue.js';
import { claimsZh } from './claims-zh.js';
import { commandsZh } from './commands-zh.js';
import { commitmentsZh } from './commitments-zh.js';
import { creditZh } from './credit-zh.js';
import { customersZh } from './customers-zh.js';
import { disputesZh } from './disputes-zh.js';
import { handOverZh } from './hand-over-zh.js';
import { importsZh } from './imports-zh.js';
import { lettersZh } from './letters-zh.js';
import { lookupsZh } from './lookups-zh.js';
import { morningZh } from './morning-zh.js';
import { promisesZh } from './promises-zh.js';
import { repaymentZh } from './repayment-zh.js';
import { reportsZh } from './reports-zh.js';
import { reviewZh } from './review-zh.js';
import { riskSignalZh } from './risk-signal-zh.js';
import { sandboxZh } from './sandbox-zh.js';
import { weeklyZhCN } from './weekly-zh-CN.js';

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

/** 简体中文文案。 */
export const zhCN: Messages = {
  weekday: (day) => WEEKDAYS[day] ?? '',
  dayKind: (working) => (working ? '工作日' : '非工作日'),
  preDue: (days) => `到期预警（${days}天内）`,
  overdueTotal: '逾期合计',
  nothingOpen: '无未结款项',
  items: (count) => `${count} 笔`,
  bucket: (bucket) =>
    ({
      not_due: '未到期',
      d1_30: '1–30天',
      d31_60: '31–60天',
      d61_90: '61–90天',
      d91_180: '91–180天',
      d181_365: '181–365天',
      over_365: '365天以上',
    })[bucket],
  risk: (risk) =>
    ({ not_due: '未到期', in_collection: '催收中', doubtful: '准呆账', bad: '呆账', dead: '死账' })[risk],
  step: (step) =>
    ({
      pre_due_reminder: '到期前提醒',
      contact: '电话/微信/邮件催收',
      formal_letter: '发催款函',
      lawyer_letter: '发律师函，法务评估',
      litigation: '专项小组：诉讼或委托催收',
    })[step],

  lists: {
    overdueTitle: (team, date) => `逾期清单 · ${team} · ${date}`,
    overdueIntro: (count) =>
      `共 ${count} 笔逾期。请各收款责任人在截止时间前逐笔回复：承诺、跟进、争议或"已付款"。完整清单见附件。`,
    predueTitle: (team, date) => `到期预警 · ${team} · ${date}`,
    predueIntro: (count, days) => `${days} 天内有 ${count} 笔到期，请确认"按期付款"或申请延期。`,
    nothingOverdue: '今天没有逾期款项。',
    nothingPreDue: '预警期内没有到期款项。',
    collectorHeader: (who, count, amount) => `${who} · ${count} 笔 · ${amount}`,
    unassigned: '未分配',
    columnBucket: '账龄',
    columnItems: '笔数',
    columnAmount: '未收金额',
    workbookColumns: {
      customer: '客户',
      invoice: '发票号',
      contract: '合同号',
      currency: '币种',
      outstanding: '未收金额',
      due: '到期日',
      daysOverdue: '逾期天数',
      aging: '账龄',
      risk: '风险分类',
      hold: '信用冻结',
      lastPromise: '上次承诺',
      nextStep: '建议下一步',
    },
    daysOverdue: (n) => `逾期 ${n} 天`,
    dueIn: (n) => (n === 0 ? '今天到期' : `${n} 天后到期`),
    firm: (days) => `${days} 天内到期：请今天与客户落实付款。`,
    cooperative: '即将到期：请友好提醒客户按期付款。',
    retention: '质保金',
    disputed: '⚠ 有争议',
    claimPending: '客户称已付款，待财务确认',
    promisedUntil: (date) => `已承诺 ${date} 付款`,
    lastPromise: (amount, date, status) => `上次承诺 ${amount}（${date}，${status}）`,
    lastFollowUp: (method, date, note) => `上次跟进 ${date} ${method}${note ? `：${note}` : ''}`,
    recordKind: (code) => (({ dispute: '争议', note: '备注' }) as Record<string, string>)[code],
    nextStep: (step) => `建议：${step}`,
    answered: (who, time, what) => `✓ ${who} ${time}：${what}`,
    workbookName: (team, date) => `逾期清单-${team}-${date}.xlsx`,
    workbookTitle: (date) => `逾期清单明细 ${date}`,
    itemClosed: '✓ 已结清',
    summarySheet: '汇总',
  },
  buttons: {
    promise: '承诺…',
    followUp: '跟进…',
    dispute: '争议…',
    paid: '已付款…',
    onTime: '按期付款',
    delay: '延期…',
    approve: '批准',
    reject: '驳回',
  },
  promiseStatus: (status) =>
    ({ open: '未到期', kept: '已兑现', partially_kept: '部分兑现', broken: '已违约', cancelled: '已取消' })[
      status
    ] ?? status,
  outcome: { contacted: '已联系上', no_contact: '未联系上' },
  forms: {
    promiseTitle: '登记承诺付款',
    followUpTitle: '登记催收跟进',
    disputeTitle: '登记争议',
    paidTitle: '客户称已付款',
    delayTitle: '申请延期',
    submit: '保存',
    itemIntro: (customer, invoice, outstanding, due) =>
      `${customer} · ${invoice} · 未收 ${outstanding} · 到期日 ${due}`,
    amount: '金额',
    amountHint: '例如 50000、5万、1.2万、3k',
    promisedDate: '承诺日期',
    dateHint: '例如 2026-12-01、12/1、12月1日、下周五、+3d',
    note: '备注',
    method: '方式',
    outcome: '结果',
    reason: '拖欠原因',
    nextAction: '下次跟进日期',
    paidDate: '付款日期',
    bank: '付款银行',
    reference: '银行流水号',
    newDate: '新的预计付款日',
  },
  errors: {
    amount: (input) => `无法识别金额"${input}"，请写成 50000 或 5万。`,
    amountCurrency: (currency) => `这笔款项的币种是 ${currency}，请按 ${currency} 填写金额。`,
    delayNotLater: (due) => `新日期须晚于原到期日 ${due}。`,
    amountZero: '金额必须大于零。',
    amountTooPrecise: (input) => `"${input}"的小数位超过了该币种允许的位数。`,
    amountTooLarge: (input) => `"${input}"超出了可精确记录的金额范围。`,
    amountOverOutstanding: (balance) => `超过了未收余额 ${balance}。`,
    date: (input) => `无法识别日期"${input}"，请写成 2026-12-01、12/1、12月1日 或 下周五。`,
    dateNonexistent: (input) => `"${input}"不是一个真实存在的日期。`,
    dateInPast: (date) => `${date} 已经过去，承诺日期须为今天或以后。`,
    datePassed: (input, nextYear) => `${input} 已经过去——如指明年，请写 ${nextYear}。`,
    dateInFuture: (date) => `${date} 还没到，付款日期不能晚于今天。`,
    required: '此项必填。',
    choose: '请选择一项。',
    notInRoster: '我还不认识你：请财务把你的邮箱加入名单。',
    notAllowed: '只有该笔款项的收款责任人、其主管或财务可以处理。',
    managerOnly: '只有收款责任人的主管或财务可以审批。',
    itemChanged: (why) => `清单发出后这笔款项已变化：${why}。未做任何保存。`,
    itemPaid: '已经收回',
    itemReassigned: (who) => `已转给 ${who}`,
    itemGone: '已不存在',
    alreadyDecided: '该申请已经处理过了。',
    unknownAction: '这个按钮已经失效。',
    internal: '系统出错，未做任何保存，请稍后重试。',
  },
  done: {
    promised: (amount, date) => `承诺 ${date} 付 ${amount}`,
    followedUp: (method, outcome) => `已${method}跟进（${outcome}）`,
    disputed: (reason) => `登记争议：${reason}`,
    claimedPaid: (amount, date) => `客户称已于 ${date} 付款 ${amount}，待财务确认`,
    onTime: '确认按期付款',
    delayAccepted: (date) => `延期至 ${date}`,
    delayPending: (date) => `申请延期至 ${date}，等待主管审批`,
    delayApproved: (date, who) => `${who} 已批准延期至 ${date}`,
    delayRejected: (date, who) => `${who} 驳回了延期至 ${date} 的申请，仍按原到期日执行`,
    saved: '已保存。',
    savedOn: (customer, invoice, what) => `已保存 ${customer} · ${invoice}：${what}。`,
    nextOn: (date) => `，下次跟进 ${date}`,
    already: (answer) => `已经保存过了：重复提交不会再次记录。第一次的结果：${answer}`,
  },
  approvals: {
    request: (who, customer, invoice, amount, due, date, limit, reason) =>
      `${who} 申请将 ${customer} ${invoice}（${amount}，到期日 ${due}）延期至 ${date}，超过了可自行延期的上限 ${limit}。原因：${reason}`,
    decidedCard: (customer, invoice, decision) => `${customer} ${invoice}：${decision}`,
    decided: (decision, who) => `${who} ${decision}。`,
  },
  deadline: {
    title: (time, date) => `${time} 回复检查 · ${date}`,
    waiting: (who, count) => `${who}：今天还有 ${count} 笔未回复`,
    allAnswered: '今天所有逾期款项都已回复。✓',
    managerSummary: (date) => `${date} 截止时间前未回复：`,
    managerLine: (who, count) => `${who}：${count} 笔`,
  },
  commands: commandsZh,
  credit: creditZh,
  review: reviewZh,
  balance: balanceZh,
  riskSignal: riskSignalZh,
  handOver: handOverZh,
  lookups: lookupsZh,
  claims: claimsZh,
  customers: customersZh,
  imports: importsZh,
  letters: lettersZh,
  promises: promisesZh,
  commitments: commitmentsZh,
  morning: morningZh,
  repayment: repaymentZh,
  disputes: disputesZh,
  reports: reportsZh,
  sandbox: sandboxZh,
  weekly: weeklyZhCN,
  paidClaimNotice: (who, customer, invoice, amount, date, ref, bank) =>
    `${who} 反馈 ${customer} 已于 ${date} 支付 ${invoice} ${amount}${bank ? `（付至 ${bank}）` : ''}${ref ? `（流水号 ${ref}）` : ''}，请核对银行流水。`,
};
