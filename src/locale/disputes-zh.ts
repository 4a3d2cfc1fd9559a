import type { disputesEn } from './disputes-en.js';

/** 争议的中文文案：登记、协助同事、处理结果、通知主管。 */
export const disputesZh: typeof disputesEn = {
  opened: (f, helpers) =>
    `⚑ 争议：${f.customer} ${f.invoice}，负责人 ${f.owner}：${f.note}${helpers ? `\n协助处理：${helpers}` : ''}\n由主管或财务处理：\`解决争议 ${f.invoice} 付款\` 或 \`解决争议 ${f.invoice} 红字 <金额> <编号>\`。`,
  saved: (helpers) =>
    helpers > 0
      ? `已登记争议，已在该笔款项的话题中请 ${helpers} 位同事协助。`
      : '已登记争议，由你负责跟进，直到主管或财务处理；@同事 可请其协助。',
  buttons: { pay: '客户同意付款', credit: '红字发票…' },
  creditTitle: '开具红字发票处理争议',
  creditIntro: (invoice, outstanding) =>
    `${invoice}：欠款 ${outstanding}。红字发票金额将冲减欠款，编号随争议保存。`,
  creditAmount: '红字发票金额',
  creditReference: '红字发票号',
  story: {
    title: '未解决的争议：',
    line: (invoice, days, owner, helpers, note) =>
      `• ${invoice}：已 ${days} 天，负责人 ${owner}${helpers > 0 ? `，${helpers} 位同事协助` : ''}：${note}`,
  },
  noRights: '只有本团队主管或财务可以处理争议，未做任何更改。',
  noneOpen: (invoice) => `${invoice} 没有未解决的争议，未做任何更改。`,
  willPay: (f, by) =>
    `✓ ${f.customer} ${f.invoice} 的争议已由 ${by} 处理：客户同意付款，恢复催收，${f.owner}。`,
  credited: (f, by, amount, reference, left) =>
    `✓ ${f.customer} ${f.invoice} 的争议已由 ${by} 处理：红字发票 ${reference} 冲减 ${amount}，仍欠 ${left}。${f.owner}`,
  resolvedWillPay: (invoice) => `${invoice} 的争议已处理：客户同意付款，恢复催收。`,
  resolvedCredit: (invoice, amount, left) =>
    `${invoice} 的争议已处理：红字发票冲减 ${amount}，仍欠 ${left}。`,
  tellManager: (f, days, amount) =>
    `⚑ 争议已持续 ${days} 个工作日未解决：${f.customer} ${f.invoice}（${amount}），负责人 ${f.owner}：${f.note}\n请处理：\`解决争议 ${f.invoice} 付款\` 或 \`解决争议 ${f.invoice} 红字 <金额> <编号>\`。`,
};
