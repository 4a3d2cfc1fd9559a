import type { repaymentEn } from './repayment-en.js';

/** 还款计划与还款协议的中文文案。 */
export const repaymentZh: typeof repaymentEn = {
  saved: (count, total, list) =>
    `已登记还款计划，共 ${count} 期，合计 ${total}：${list}。还款协议随后发在话题中。`,
  instalment: (n, amount, date) => `第 ${n} 期 ${date} 前 ${amount}`,
  overOutstanding: (total, outstanding) => `各期合计 ${total}，超过欠款 ${outstanding}，未保存。`,
  currencies: (customer, currencies) =>
    `${customer} 的欠款涉及 ${currencies}，一个还款计划只能用一种币种，请写明发票号。`,
  form: {
    title: '还款计划',
    button: '还款计划…',
    intro: (who, outstanding) =>
      `${who} 尚欠 ${outstanding}。最多 12 期，每期写金额和日期，日期逐期递增，合计不超过欠款；还款协议（.docx）随后发在话题中。`,
    amount: (n) => `第 ${n} 期金额`,
    date: (n) => `第 ${n} 期还款日期`,
    needsOne: '请至少填写第 1 期的金额和日期。',
    needsBoth: '请同时填写这一期的金额和日期。',
    notRising: (before) => `每一期的日期须晚于上一期（${before}）。`,
  },
  story: {
    title: '还款计划：',
    plan: (made, total, on) => `• ${made} 登记，合计 ${total}，${on}：`,
    instalment: (n, amount, date, status) => `第 ${n} 期 ${date} 前 ${amount} ${status}`,
  },
  interestRate: (percent, basis) => (basis === 'annual' ? `年利率 ${percent}%` : `日利率 ${percent}%`),
  fileName: (customer, date) => `还款协议-${customer}-${date}.docx`,
  fileTitle: (customer) => `还款协议 · ${customer}`,
  columns: { no: '期数', date: '还款日期', amount: '还款金额', total: '合计' },
  lpr: '约定日期当日全国银行间同业拆借中心公布的一年期贷款市场报价利率（LPR）',
  defaultAgreement: {
    subject: '还款协议',
    body: [
      '甲方（债权人）：{{company}}',
      '地址：{{company_address}}',
      '乙方（债务人）：{{customer}}',
      '地址：{{customer_address}}',
      '',
      '一、乙方确认，截至{{date}}，乙方尚欠甲方货款{{outstanding}}，涉及发票：{{invoices}}。',
      '二、乙方同意分 {{instalment_count}} 期向甲方偿还{{plan_total}}，每期于下列日期前付清：',
      '{{instalments_table}}',
      '三、每期款项应于约定日期前足额支付。任何一期未按时足额支付的，甲方有权要求乙方立即偿还全部剩余欠款。',
      '四、逾期未付部分自约定日期次日起按{{interest_rate}}计收逾期利息，直至付清之日。',
      '五、本协议不影响甲方依原合同享有的其他权利。',
      '',
      '甲方（盖章）：____________________    授权代表签字：____________________    日期：__________',
      '',
      '乙方（盖章）：____________________    授权代表签字：____________________    日期：__________',
    ].join('\n'),
  },
};
