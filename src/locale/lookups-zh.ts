import type { lookupsEn } from './lookups-en.js';

const STATUS: Record<string, string> = {
  active: '正常',
  credit_hold: '已停止供货',
  legal: '法务处理中',
  written_off: '已核销',
};

/** `查询` 的中文文案：客户的欠款、信用、承诺与跟进记录。 */
export const lookupsZh: typeof lookupsEn = {
  title: (name, externalId) => `${name}（${externalId}）`,
  credit: (rating, limit, termsDays, status) =>
    `信用等级 ${rating} · 额度 ${limit} · 账期 ${termsDays} 天${status ? ` · ${STATUS[status] ?? status}` : ''}`,
  nothingOpen: '没有未结款项。',
  total: '合计',
  openItems: (count) => `**未结款项**（${count} 笔，按优先级）：`,
  andMore: (count) => `……另有 ${count} 笔`,
  settled: (invoice) => `${invoice} 已结清，没有未结金额。`,
  promised: (date) => `已承诺 ${date} 付款`,
  keepingRate: (kept, resolved) =>
    `**承诺记录**：${resolved} 次中兑现 ${kept} 次（${Math.round((kept * 100) / resolved)}%）`,
  noneResolved: '**承诺记录**：尚无到期结果',
  noPromises: '暂无承诺。',
  promiseLine: (made, amount, date, invoice, status) =>
    `${made}：${date} 前付 ${amount}（${invoice}）：${status}`,
  followUps: '**最近跟进**：',
  noFollowUps: '暂无跟进。',
  followUpLine: (date, method, outcome, reason, note, who) =>
    `${date} ${method}（${outcome}）${reason ? ` · ${reason}` : ''}${note ? `：${note}` : ''}${who ? ` · ${who}` : ''}`,
  nextStep: (step) => `**建议下一步**：${step}`,
};
