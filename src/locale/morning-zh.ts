import type { CoverKind, morningEn } from './morning-en.js';

/** 中文：催收员早间清单（按客户分组、有效承诺计数）。 */
export const morningZh: typeof morningEn = {
  needsAnswer: (count) => `今日需回复：${count} 笔`,
  nothingNeeded: '今日没有需要回复的款项。',
  customerLine: (customer, count, total) => `**${customer}** · ${count} 张发票 · **${total}**`,
  covered: {
    promise: (n) => `${n} 笔已承诺`,
    delay: (n) => `${n} 笔已同意延期`,
    instalment: (n) => `${n} 笔还款计划`,
    on_time: (n) => `${n} 笔已确认按期`,
    next_action: (n) => `${n} 笔已约下次跟进`,
    disputed: (n) => `${n} 笔争议中`,
    claim: (n) => `${n} 笔称已付待财务核对`,
  } satisfies Record<CoverKind, (n: number) => string>,
  coveredIntro: '有效承诺中，今日无需回复：',
  coveredTitle: (count) => `有效承诺中的款项：${count} 笔`,
  noneCovered: '本清单已没有处于有效承诺中的款项。',
  buttons: {
    customerPromise: '客户承诺…',
    customerFile: '客户档案',
    seeCovered: '查看明细',
  },
  customerPromiseTitle: '客户整体付款承诺',
  customerPromiseHint: (customer, outstanding) =>
    `${customer} 共欠 ${outstanding}；到期日前该客户的所有回款都计入此承诺。`,
  today: {
    title: (date) => `今日待办 · ${date}`,
    summary: (count) =>
      count > 0 ? `今日逾期清单中有 ${count} 笔需要回复。` : '今日逾期清单中没有需要回复的款项。',
    nextActions: (n) => `**到期的下次跟进**（${n}）`,
    dueToday: (n) => `**今日到期的承诺和分期**（${n}）`,
    delaysEnding: (n) => `**今日到期的延期**（${n}）`,
    disputes: (n) => `**等你处理的争议**（${n}）`,
    disputeAge: (days, note) => `争议已 ${days} 天：${note}`,
    nothing: '今天没有到期的下次跟进、承诺、分期、延期或争议。',
  },
};
