import type { customersEn } from './customers-en.js';

/** 财务调整客户状态命令的中文文案。 */
export const customersZh: typeof customersEn = {
  status: (status) =>
    ({ active: '正常催收', credit_hold: '停止供货', legal: '转法务处理', written_off: '已核销' })[status] ??
    status,
  changed: (customer, from, to) => `${customer}：${from} → ${to}。`,
  unchanged: (customer, status) => `${customer} 已经是"${status}"，未做更改。`,
  adminOnly: '只有财务可以调整客户状态。',
  noCustomer: (text) => `没有找到客户"${text}"，请写客户编码或完整名称。`,
  severalCustomers: (text, names) => `"${text}"对应多个客户：${names}。请写客户编码。`,
};
