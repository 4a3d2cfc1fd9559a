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
};
