import { zip } from './zip.js';

/** A cell: text, a number, a money amount shown with two decimals, or a calendar date. */
export type Cell = string | number | { money: number } | { date: string } | null;

export interface Sheet {
  name: string;
  columns: { header: string; width: number }[];
  rows: Cell[][];
  /** Rows after the data drawn in bold, such as totals. */
  totals?: Cell[][];
}

// Spreadsheet day numbers count from 1899-12-30, so 1 January 1900 is day 2 (Excel's leap-year quirk included).
const EPOCH_1900 = Date.UTC(1899, 11, 30);

function dateSerial(date: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - EPOCH_1900) / 86_400_000);
}

const NEEDS_ESCAPE = /[<>&"\p{Cc}]/u;
const XML_ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' };

/** Escapes text for XML, dropping the control characters XML 1.0 cannot carry at all. */
function xmlText(text: string): string {
  // Most cells are plain text; only the rare cell with markup or control characters is walked.
  if (!NEEDS_ESCAPE.test(text)) return text;
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) continue;
    out += XML_ENTITIES[ch] ?? ch;
  }
  return out;
}

function column(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function cellXml(cell: Cell, ref: string, bold: boolean): string {
  if (cell === null || cell === '') return '';
  if (typeof cell === 'number') return `<c r="${ref}"${bold ? ' s="5"' : ''}><v>${cell}</v></c>`;
  if (typeof cell === 'object' && 'date' in cell)
    return `<c r="${ref}" s="3"><v>${dateSerial(cell.date)}</v></c>`;
  if (typeof cell === 'object') return `<c r="${ref}" s="${bold ? 4 : 1}"><v>${cell.money}</v></c>`;
  return `<c r="${ref}" t="inlineStr"${bold ? ' s="2"' : ''}><is><t xml:space="preserve">${xmlText(cell)}</t></is></c>`;
}

function sheetXml(sheet: Sheet): string {
  const cols = sheet.columns
    .map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`)
    .join('');
  const bodyEnd = sheet.rows.length;
  const all = [sheet.columns.map((c) => c.header), ...sheet.rows, ...(sheet.totals ?? [])];
  const rows = all.map((row, r) => {
    const bold = r === 0 || r > bodyEnd;
    const cells = row.map((cell, c) => cellXml(cell, `${column(c)}${r + 1}`, bold)).join('');
    return `<row r="${r + 1}">${cells}</row>`;
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><cols>${cols}</cols><sheetData>${rows.join('')}</sheetData></worksheet>`;
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="2"><numFmt numFmtId="164" formatCode="#,##0.00"/><numFmt numFmtId="165" formatCode="yyyy-mm-dd"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>`;

/**
 * Writes an .xlsx workbook directly as SpreadsheetML: a daily list for a whole team is written in
 * milliseconds, where a general-purpose spreadsheet library spends seconds.
 */
export function writeXlsx(sheets: readonly Sheet[]): Buffer {
  const entries = sheets.map((s, i) => ({ ...s, file: `sheet${i + 1}.xml`, id: i + 1 }));
  const files: { path: string; content: Buffer }[] = [];
  const add = (path: string, text: string) => {
    files.push({ path, content: Buffer.from(text, 'utf8') });
  };
  add(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${entries.map((e) => `<Override PartName="/xl/worksheets/${e.file}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}</Types>`,
  );
  add(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  add(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${entries.map((e) => `<sheet name="${xmlText(e.name)}" sheetId="${e.id}" r:id="rId${e.id}"/>`).join('')}</sheets></workbook>`,
  );
  add(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${entries.map((e) => `<Relationship Id="rId${e.id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/${e.file}"/>`).join('')}<Relationship Id="rId${entries.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
  );
  add('xl/styles.xml', STYLES);
  for (const e of entries) add(`xl/worksheets/${e.file}`, sheetXml(e));
  return zip(files);
}
