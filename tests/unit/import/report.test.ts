import { describe, expect, it } from 'vitest';
import { parseImportArgs } from '../../../src/import/cli.js';
import { encodeCopyText } from '../../../src/import/copy-text.js';
import { csvField } from '../../../src/import/rejects-file.js';
import { rejectsPath, summaryLine } from '../../../src/import/report.js';
import type { ImportResult } from '../../../src/import/types.js';

const base: ImportResult = {
  importId: 7,
  kind: 'receivables',
  file: '/data/x.csv',
  state: 'committed',
  rows: 1000,
  skipped: 0,
  balanceFrom: null,
  inserted: 998,
  updated: 0,
  unchanged: 0,
  rejected: 2,
  issues: [],
  issueCount: 2,
  ignoredColumns: [],
  rejectsFile: '/data/x.rejects.csv',
  details: {},
  phasesMs: {},
  elapsedMs: 812,
};

describe('import report and command line', () => {
  it('ends with one summary line', () => {
    expect(summaryLine(base)).toBe(
      'receivables: 1000 rows — 998 inserted, 0 updated, 0 unchanged, 2 rejected (rejects: x.rejects.csv) in 0.8 s',
    );
    expect(summaryLine({ ...base, state: 'rejected', inserted: 0, rejectsFile: null })).toBe(
      'receivables: 1000 rows — rejected, nothing written: 2 rows with problems (import #7) in 0.8 s',
    );
  });

  it('names the rejects file after the input', () => {
    expect(rejectsPath('/d/receivables.csv')).toBe('/d/receivables.rejects.csv');
    expect(rejectsPath('/d/应收.xlsx')).toBe('/d/应收.rejects.csv');
  });

  it('quotes CSV fields and escapes COPY text', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('plain')).toBe('plain');
    expect(encodeCopyText([{ row: 2, ok: true, values: ['a\tb\\c\nd', null, 12] }])).toBe(
      '2\tt\ta\\tb\\\\c\\nd\t\\N\t12\n',
    );
  });

  it('parses the command line', () => {
    expect(
      parseImportArgs([
        'receivables',
        'x.csv',
        '--map',
        'Betrag=amount',
        '--map=Kunde = customer_code',
        '--skip-invalid',
      ]),
    ).toEqual({
      ok: true,
      options: {
        kind: 'receivables',
        file: 'x.csv',
        map: { Betrag: 'amount', Kunde: 'customer_code' },
        skipInvalid: true,
      },
    });
    expect(parseImportArgs(['invoices', 'x.csv'])).toEqual({ ok: false, message: 'unknown kind "invoices"' });
    expect(parseImportArgs(['teams'])).toEqual({ ok: false, message: 'missing file' });
    expect(parseImportArgs(['teams', 'x.csv', '--map', 'oops'])).toMatchObject({ ok: false });
    expect(parseImportArgs(['teams', 'x.csv', '--force'])).toEqual({
      ok: false,
      message: 'unknown option --force',
    });
    expect(parseImportArgs(['--help'])).toEqual({ ok: false, message: null });
  });
});
