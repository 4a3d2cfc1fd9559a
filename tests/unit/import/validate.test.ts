import { describe, expect, it } from 'vitest';
import { planColumns } from '../../../src/import/headers.js';
import { RowReader, type RowValidator } from '../../../src/import/row-reader.js';
import type { ImportKind } from '../../../src/import/types.js';
import { customerRows } from '../../../src/import/validate-customers.js';
import { paymentRows } from '../../../src/import/validate-payments.js';
import { receivableRows } from '../../../src/import/validate-receivables.js';
import { rosterRows } from '../../../src/import/validate-roster.js';
import { teamRows } from '../../../src/import/validate-teams.js';

/** Validates one row given as header → cell. */
function check(kind: ImportKind, validator: RowValidator, row: Record<string, string>) {
  const plan = planColumns(kind, Object.keys(row));
  const reader = new RowReader(plan);
  reader.reset(Object.values(row));
  const values = validator.validate(reader);
  return {
    staged: Object.fromEntries(validator.columns.map((c, i) => [c.name, values[i]])),
    issues: reader.issues,
  };
}

describe('row validation', () => {
  it('stages a receivable with the external id defaulting to the invoice number', () => {
    const { staged, issues } = check('receivables', receivableRows, {
      发票号: 'FP-1',
      客户名称: '上海宏达机电设备有限公司',
      类型: '质保金',
      金额: '¥6.5万',
      开票日期: '2026/8/20',
      到期日: '2026年12月20日',
      收款责任人: 'Li.Na@huaxin-group.cn',
    });
    expect(issues).toEqual([]);
    expect(staged).toEqual({
      external_id: 'FP-1',
      invoice_no: 'FP-1',
      customer_code: null,
      customer_name: '上海宏达机电设备有限公司',
      contract_no: null,
      kind: 'retention',
      currency: 'CNY',
      amount: 6_500_000,
      issued_on: '2026-08-20',
      due_on: '2026-12-20',
      collector_email: 'li.na@huaxin-group.cn',
      collector_name: null,
      balance: null,
    });
  });

  it('collects every problem of a receivable row', () => {
    const { issues } = check('receivables', receivableRows, {
      'Invoice No': '',
      Customer: '',
      Currency: 'RMBX',
      Amount: '5万x',
      'Issue Date': '2026-12-10',
      'Due Date': '2026-12-01',
      Kind: 'loan',
    });
    expect(issues.map((i) => [i.field, i.value, i.reason.split(/[:(—]/)[0]?.trim()])).toEqual([
      ['invoice_no', '', 'missing required field'],
      ['customer_name', '', 'missing required field'],
      ['currency', 'RMBX', 'currency not 3 letters'],
      ['amount', '5万x', 'amount not readable'],
      ['due_on', '2026-12-01', 'due date is before the issue date'],
      ['kind', 'loan', 'unknown kind'],
    ]);
  });

  it('stages a collector given by name', () => {
    const { staged } = check('receivables', receivableRows, {
      'Invoice No': 'F',
      'Customer Code': 'C1',
      Amount: '1',
      'Due Date': '2026-12-01',
      Collector: '王芳',
    });
    expect(staged).toMatchObject({ collector_email: null, collector_name: '王芳' });
  });

  it('defaults a payment external id to the bank reference', () => {
    const { staged, issues } = check('payments', paymentRows, {
      客户编码: 'C001',
      金额: '1,250,000.00',
      到账日期: '2026-11-03',
      流水号: 'CMB20261103001',
    });
    expect(issues).toEqual([]);
    expect(staged).toMatchObject({
      external_id: 'CMB20261103001',
      amount: 125_000_000,
      received_on: '2026-11-03',
    });
  });

  it('reads a customer: credit limit in the customer currency, terms, rating, owner', () => {
    const { staged, issues } = check('customers', customerRows, {
      客户编码: 'C011',
      客户名称: 'Lion Harbour Trading Pte. Ltd.',
      信用额度: '500,000',
      币种: 'usd',
      账期: '30天',
      信用等级: 'a',
      负责人: 'kevin.lim@huaxin-group.cn',
    });
    expect(issues).toEqual([]);
    expect(staged).toMatchObject({
      credit_limit: 50_000_000,
      currency: 'USD',
      payment_terms: 30,
      rating: 'A',
      owner_email: 'kevin.lim@huaxin-group.cn',
    });
  });

  it('reads a roster row and refuses someone managing themselves', () => {
    const { staged, issues } = check('roster', rosterRows, {
      Email: 'Zhang.Wei@huaxin-group.cn',
      Name: '张伟',
      Role: '主管',
      Manager: 'zhang.wei@huaxin-group.cn',
      'Slack ID': 'bad id',
    });
    expect(staged).toMatchObject({ email: 'zhang.wei@huaxin-group.cn', role: 'manager' });
    expect(issues.map((i) => i.field)).toEqual(['manager', 'slack_id']);
  });

  it('reads team settings through the team settings schema', () => {
    const { staged, issues } = check('teams', teamRows, {
      code: 'EAST',
      name: '华东',
      timezone: 'Asia/Shanghai',
      locale: 'English',
      calendar: '周一至周五',
      大额标准: '20万',
      responsePolicy: 'Every_Day',
      graceDays: '2',
    });
    expect(issues).toEqual([]);
    expect(staged).toMatchObject({ locale: 'en', calendar_kind: 'weekdays' });
    expect(JSON.parse(String(staged.settings))).toEqual({
      largeAmount: 20_000_000,
      responsePolicy: 'every_day',
      graceDays: 2,
    });
  });
});
