import type { Messages } from './catalogue.js';

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

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
};
