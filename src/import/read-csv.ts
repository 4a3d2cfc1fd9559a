import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { parse } from 'csv-parse';
import iconv from 'iconv-lite';
import { inBatches } from './batches.js';
import { type CsvEncoding, detectCsvEncoding } from './csv-encoding.js';
import type { SourceRow } from './read-rows.js';

const SNIFF_BYTES = 64 * 1024;

/**
 * How a CSV file is written: its encoding (from the whole file, see `detectCsvEncoding`) and
 * its delimiter (, ; or tab, from the first line).
 */
export async function sniffCsv(file: string): Promise<{ encoding: CsvEncoding; delimiter: string }> {
  const encoding = await detectCsvEncoding(file);
  const handle = await open(file);
  const head = Buffer.alloc(SNIFF_BYTES);
  let length = 0;
  try {
    length = (await handle.read(head, 0, SNIFF_BYTES, 0)).bytesRead;
  } finally {
    await handle.close();
  }
  const text = iconv.decode(head.subarray(0, length), ICONV_NAMES[encoding]);
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  let delimiter = ',';
  let best = 0;
  for (const candidate of [',', ';', '\t']) {
    const count = firstLine.split(candidate).length - 1;
    if (count > best) [delimiter, best] = [candidate, count];
  }
  return { encoding, delimiter };
}

const ICONV_NAMES: Readonly<Record<CsvEncoding, string>> = {
  utf8: 'utf8',
  gb18030: 'gb18030',
  utf16le: 'utf16le',
};

/**
 * Streams a CSV file's records in batches with their spreadsheet row numbers (record 1 is
 * row 1), so a quoted cell spanning lines still counts as one row, as in Excel.
 */
export async function* csvRows(
  file: string,
  bytes: { read: number },
  size: number,
): AsyncGenerator<SourceRow[]> {
  const { encoding, delimiter } = await sniffCsv(file);
  const input = createReadStream(file, { highWaterMark: 1 << 20 });
  input.on('data', (chunk) => {
    bytes.read += chunk.length;
  });
  const parser = parse({ bom: true, delimiter, relax_column_count: true, relax_quotes: true });
  const decoded: NodeJS.ReadableStream =
    encoding === 'utf8' ? input : input.pipe(iconv.decodeStream(ICONV_NAMES[encoding]));
  decoded.on('error', (err: Error) => parser.destroy(err));
  decoded.pipe(parser);
  let row = 0;
  try {
    yield* inBatches(parser, size, (cells: string[]): SourceRow => {
      row += 1;
      return { row, cells };
    });
  } finally {
    input.destroy();
  }
}
