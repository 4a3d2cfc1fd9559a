import type { handOverEn } from './hand-over-en.js';

/** 交接与离职人员的中文文案。 */
export const handOverZh: typeof handOverEn = {
  managersOnly: '只有主管（本团队）或财务可以交接款项。',
  noPerson: (handle) => `名单中没有找到"${handle}"，未做移交。示例：\`交接 @李雷 @王芳\``,
  samePerson: '移交人和接手人是同一人，未做移交。',
  successorLeft: (name) => `${name} 已离职，请移交给在职人员。`,
  otherTeam: (name) => `${name} 不在这些款项所属的团队，未做移交。`,
  noCustomer: (text) => `"${text}"不是本团队的客户，未做移交。`,
  nothingToMove: (name) => `${name} 没有可移交的未结款项。`,
  moved: (from, to, items, customers, commitments) =>
    `已交接：${from} 名下 ${customers} 个客户的 ${items} 笔未结款项及 ${commitments} 条未了结承诺已移交给 ${to}，并已向 ${to} 发送交接清单。`,
  summaryTitle: (from, by) => `**交接清单**：${from} 的款项，由 ${by} 移交`,
  summaryCounts: (items, customers, totals) =>
    `你现在负责 ${customers} 个客户的 ${items} 笔未结款项：${totals}。`,
  section: (kind) =>
    ({
      promise: '**未到期承诺**',
      instalment: '**分期还款**',
      next_action: '**待办跟进**',
      delay: '**已同意延期**',
      dispute: '**争议**',
      hold: '**停止供货的客户**',
    })[kind] ?? kind,
  line: (customer, invoice, date, amount) =>
    `• ${customer}${invoice ? ` ${invoice}` : ''}${amount ? ` ${amount}` : ''}${date ? ` · ${date}` : ''}`,
  nothingOpen: '其中没有未了结的承诺、分期、争议或停止供货。',
  leftUnassigned: (name, on) => `无人负责：${name} 已于 ${on} 离职，请主管用"交接"重新分配`,
};
