import { describe, expect, it } from 'vitest';
import { readDate } from '../../../src/import/cells.js';
import { chooseHeader, isSummaryRow, mergeHeaderRows } from '../../../src/import/find-header.js';

const rows = (...lines: string[][]) => lines.map((cells, i) => ({ row: i + 1, cells }));

describe('finding the header of an ERP export', () => {
  it('passes by the title and company rows to the header', () => {
    const choice = chooseHeader(
      'receivables',
      rows(
        ['应收账款明细表'],
        ['编制单位：华信集团', '期间：2026年11月'],
        ['单据编号', '客户编码', '应收金额', '到期日'],
        ['AR-1', 'C001', '100', '2026-12-01'],
      ),
    );
    expect(choice).toEqual({ index: 2, span: 1, header: ['单据编号', '客户编码', '应收金额', '到期日'] });
  });

  it('reads a two-row header whose group cells are merged across the columns below', () => {
    const top = ['单据编号', '客户', '', '金额', '', '', '到期日'];
    const bottom = ['', '编码', '名称', '应收金额', '已收金额', '未收金额', ''];
    expect(mergeHeaderRows('receivables', top, bottom)).toEqual([
      '单据编号',
      '客户编码',
      '客户名称',
      '应收金额',
      '已收金额',
      '未收金额',
      '到期日',
    ]);
    const choice = chooseHeader('receivables', rows(['应收账款明细表'], top, bottom, ['AR-1', 'C001']));
    expect(choice).toMatchObject({ index: 1, span: 2 });
  });

  it('keeps the first row when nothing is recognised, so the missing columns are named against it', () => {
    expect(chooseHeader('receivables', rows(['a', 'b'], ['c', 'd']))).toEqual({
      index: 0,
      span: 1,
      header: ['a', 'b'],
    });
  });

  it('tells subtotal, total and footer rows from records', () => {
    for (const cells of [
      ['小计', '', '478000'],
      ['合计'],
      ['', 'Total'],
      ['制表人：徐丽', '审核：张伟'],
      ['Grand Total:'],
    ])
      expect(isSummaryRow(cells), cells.join('|')).toBe(true);
    for (const cells of [
      ['AR-1', 'Total Solutions Ltd'],
      ['AR-2', '合计科技有限公司小计'],
      ['AR-3', '上海宏达'],
    ])
      expect(isSummaryRow(cells), cells.join('|')).toBe(false);
  });

  it('reads Excel serial day numbers and slashed dates, and no amount is taken for a date', () => {
    expect(readDate('46329')).toEqual({ ok: true, value: '2026-11-03' });
    expect(readDate('46329.75')).toEqual({ ok: true, value: '2026-11-03' });
    expect(readDate('2026/11/3')).toEqual({ ok: true, value: '2026-11-03' });
    expect(readDate('12345').ok).toBe(false);
  });
});
