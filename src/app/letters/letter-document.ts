import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { FilledLine } from './letter-template.js';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** What goes into a letter: its title, its filled lines, and the table of overdue items. */
export interface LetterContent {
  subject: string;
  lines: FilledLine[];
  table: {
    columns: string[];
    /** Columns whose cells are figures, aligned right. */
    numeric: ReadonlySet<number>;
    rows: string[][];
    totals: string[][];
  };
}

const cell = (text: string, right: boolean, bold = false) =>
  new TableCell({
    children: [
      new Paragraph({
        alignment: right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, bold })],
      }),
    ],
  });

function itemsTable(table: LetterContent['table']): Table {
  const row = (cells: string[], bold: boolean, header = false) =>
    new TableRow({
      tableHeader: header,
      children: cells.map((text, i) => cell(text, table.numeric.has(i), bold)),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      row(table.columns, true, true),
      ...table.rows.map((r) => row(r, false)),
      ...table.totals.map((r) => row(r, true)),
    ],
  });
}

/**
 * Writes a letter as a .docx. Fonts are named, not embedded: Word and WPS substitute a CJK font
 * the reader has, which is why a Chinese letter needs no font shipped with Duebot.
 */
export async function letterDocx(content: LetterContent): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [new TextRun({ text: content.subject, bold: true, size: 36 })],
    }),
  ];
  for (const line of content.lines) {
    if (line.kind === 'table') children.push(itemsTable(content.table), new Paragraph({}));
    else children.push(new Paragraph({ spacing: { after: 60 }, children: [new TextRun(line.text)] }));
  }
  const doc = new Document({
    styles: {
      default: {
        document: {
          run: { size: 24, font: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'SimSun' } },
        },
      },
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}
