import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { writeXlsx } from '../../../src/app/lists/xlsx-writer.js';

describe('the .xlsx the lists attach', () => {
  it('opens in a spreadsheet reader with text, numbers and money cells intact', async () => {
    const bytes = writeXlsx([
      {
        name: '李娜 <east>',
        columns: [
          { header: 'Customer', width: 30 },
          { header: 'Days', width: 8 },
          { header: 'Outstanding', width: 16 },
        ],
        rows: [
          ['上海宏达 & Co. "A"', 45, { money: 50000.5 }],
          ['Bad\u0001name\ttab', 0, null],
        ],
      },
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.name).toBe('李娜 <east>');
    expect(sheet?.getRow(1).values).toEqual([undefined, 'Customer', 'Days', 'Outstanding']);
    expect(sheet?.getRow(2).values).toEqual([undefined, '上海宏达 & Co. "A"', 45, 50000.5]);
    expect(sheet?.getRow(2).getCell(3).numFmt).toBe('#,##0.00');
    expect(sheet?.getRow(3).getCell(1).value).toBe('Badname\ttab');
  });
});
