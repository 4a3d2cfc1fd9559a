import { describe, expect, it } from 'vitest';
import { findField, HeaderMapError, normalizeHeader, planColumns } from '../../../src/import/headers.js';

describe('header recognition', () => {
  it('ignores case, spaces, punctuation, full-width forms and units in brackets', () => {
    expect(normalizeHeader(' Invoice No. ')).toBe('invoiceno');
    expect(normalizeHeader('INVOICE_NO')).toBe('invoiceno');
    expect(normalizeHeader('应收金额（元）')).toBe('应收金额');
    expect(normalizeHeader('Amount [CNY]')).toBe('amount');
    expect(normalizeHeader('*客户名称')).toBe('客户名称');
    expect(normalizeHeader('Ｅ－ｍａｉｌ')).toBe('email');
  });

  it.each([
    ['receivables', '客户名称', 'customer_name'],
    ['receivables', 'Customer', 'customer_name'],
    ['receivables', '客户编号', 'customer_code'],
    ['receivables', 'customer id', 'customer_code'],
    ['receivables', '发票号码', 'invoice_no'],
    ['receivables', 'Invoice Number', 'invoice_no'],
    ['receivables', '单据编号', 'external_id'],
    ['receivables', 'external-id', 'external_id'],
    ['receivables', '合同编号', 'contract_no'],
    ['receivables', 'Contract No.', 'contract_no'],
    ['receivables', '应收金额', 'amount'],
    ['receivables', '币种', 'currency'],
    ['receivables', 'Invoice Date', 'issued_on'],
    ['receivables', '开票日期', 'issued_on'],
    ['receivables', '到期日期', 'due_on'],
    ['receivables', 'due date', 'due_on'],
    ['receivables', '收款责任人', 'collector'],
    ['receivables', '类型', 'kind'],
    ['payments', '到账日期', 'received_on'],
    ['payments', '收款日期', 'received_on'],
    ['payments', '银行', 'bank'],
    ['payments', '流水号', 'reference'],
    ['payments', '参考号', 'reference'],
    ['roster', 'Slack ID', 'slack_id'],
    ['roster', '飞书ID', 'lark_open_id'],
    ['roster', 'Lark Open ID', 'lark_open_id'],
    ['roster', '邮箱', 'email'],
    ['roster', '姓名', 'name'],
    ['roster', '角色', 'role'],
    ['roster', '主管', 'manager'],
    ['customers', '信用等级', 'rating'],
    ['customers', 'Credit Limit', 'credit_limit'],
    ['customers', '账期', 'payment_terms'],
    ['customers', 'Email', 'contact_email'],
    ['customers', '客户编码', 'external_id'],
    ['teams', 'timezone', 'timezone'],
    ['teams', '时区', 'timezone'],
    ['teams', '语言', 'locale'],
    ['teams', 'warning_days', 'warningDays'],
    ['teams', '预警天数', 'warningDays'],
  ] as const)('%s: "%s" is %s', (kind, header, field) => {
    expect(findField(kind, header)?.id).toBe(field);
  });

  it('plans columns: first match wins, unknown headers are listed, missing required columns named', () => {
    const plan = planColumns('receivables', ['发票号', 'Invoice No', '客户', '金额', '备注', '', '到期日']);
    expect(plan.columns.get('invoice_no')).toBe(0);
    expect(plan.columns.get('customer_name')).toBe(2);
    expect(plan.ignored).toEqual(['Invoice No', '备注']);
    expect(plan.missing).toEqual([]);
    expect(planColumns('receivables', ['金额']).missing).toEqual([
      '发票号 / Invoice No or 单据编号 / External ID',
      '客户编码 / Customer ID or 客户名称 / Customer',
      '到期日 / Due Date or 开票日期 / Issue Date',
    ]);
  });

  it('applies --map entries by exact or normalised header, to a field id or any of its names', () => {
    const plan = planColumns('payments', ['Kunde', 'Betrag', 'Datum', 'Beleg', 'Notiz'], {
      kunde: 'customer_code',
      Betrag: '金额',
      Datum: 'Received Date',
      Beleg: 'external_id',
      Notiz: '-',
    });
    expect(Object.fromEntries(plan.columns)).toEqual({
      customer_code: 0,
      amount: 1,
      received_on: 2,
      external_id: 3,
    });
    expect(plan.ignored).toEqual(['Notiz']);
    expect(() => planColumns('payments', ['A'], { A: 'wat' })).toThrow(HeaderMapError);
    expect(() => planColumns('payments', ['A'], { B: 'amount' })).toThrow(HeaderMapError);
  });
});
