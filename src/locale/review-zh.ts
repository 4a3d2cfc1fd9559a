import type { reviewEn } from './review-en.js';

/** 信用评估的中文文案：主管收到的评估卡片、按钮与表单、回复。 */
export const reviewZh: typeof reviewEn = {
  trigger: (t) =>
    ({
      periodic: '已到该信用等级的定期评估时间',
      keeping_rate: '承诺兑现率低于团队标准',
      days_late: '平均逾期天数超过团队标准',
      three_strikes: '连续三次违约',
    })[t] ?? t,
  card: (customer, code, rating, why) => `**信用评估**：${customer}（${code}），信用等级 ${rating}——${why}。`,
  exposure: '占用额度',
  aging: '账龄',
  agingLine: (notDue, d1_30, d31_90, over90) =>
    `未到期 ${notDue} · 1–30天 ${d1_30} · 31–90天 ${d31_90} · 90天以上 ${over90}`,
  daysLate: '平均逾期天数（近12个月）',
  daysLateValue: (days) => (days === null ? '近期无回款' : `${days} 天`),
  promises: '承诺兑现（近12个月）',
  promisesValue: (kept, settled) => (settled === 0 ? '暂无到期承诺' : `${settled} 次中兑现 ${kept} 次`),
  disputes: '未解决争议',
  keep: '维持不变',
  changeRating: '调整等级…',
  changeLimit: '调整额度…',
  hold: '停止供货',
  ratingFormTitle: '调整信用等级',
  limitFormTitle: '调整信用额度',
  formIntro: (customer, code, rating, limit) => `${customer}（${code}）：信用等级 ${rating}，额度 ${limit}。`,
  ratingField: '新的信用等级',
  limitField: (currency) => `新的额度（${currency}）`,
  limitHint: '例如 500000 或 50万',
  save: '保存',
  sameRating: (rating) => `信用等级已是 ${rating}：请选择其他等级，或点"维持不变"。`,
  managerOnly: '只有该团队的主管或财务可以决定信用评估。',
  gone: '该信用评估已不存在。',
  decided: (customer, who) => `${customer} 的信用评估已${who ? `由${who}` : ''}决定。`,
  kept: (customer) => `已保存：${customer} 的信用等级和额度维持不变。`,
  rated: (customer, from, to) => `已保存：${customer} 的信用等级由 ${from} 调整为 ${to}。`,
  limited: (customer, from, to) => `已保存：${customer} 的信用额度由 ${from} 调整为 ${to}。`,
  held: (customer) => `已保存：${customer} 已停止供货，并已通知团队报表群。`,
  heldAlready: (customer) => `已保存：${customer} 原已停止供货，现同时由你设置；此前已通知。`,
  decidedCard: (customer, code, who, decision) =>
    `**信用评估**：${customer}（${code}）——已由 ${who} 决定：${decision}。`,
  historyOpened: (why) => `发起信用评估：${why}`,
  historyDecided: (decision) => `信用评估结论：${decision}`,
  decisionText: (decision, from, to) =>
    ({
      keep: '维持不变',
      rating: `信用等级 ${from} → ${to}`,
      limit: `额度 ${from} → ${to}`,
      hold: '停止供货',
    })[decision] ?? decision,
  openLine: (on, why) => `🔎 信用评估待决定（自 ${on}）：${why}`,
};
