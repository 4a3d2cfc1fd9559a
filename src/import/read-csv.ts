import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { parse } from 'csv-parse';
import { inBatches } from './batches.js';
import type { SourceRow } from './read-rows.js';

const SNIFF_BYTES = 64 * 1024;

/** How a CSV file is written: UTF-8 (with or without BOM) or GB18030 as saved by Chinese Excel; , ; or tab. */
export async function sniffCsv(file: string): Promise<{ encoding: 'utf8' | 'gb18030'; delimiter: string }> {
  const handle = await open(file);
  const head = Buffer.alloc(SNIFF_BYTES);
  let length = 0;
  try {
    length = (await handle.read(head, 0, SNIFF_BYTES, 0)).bytesRead;
  } finally {
    await handle.close();
  }
  const bytes = head.subarray(0, length);
  let encoding: 'utf8' | 'gb18030' = 'utf8';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
  } catch {
    encoding = 'gb18030';
  }
  const text = new TextDecoder(encoding === 'utf8' ? 'utf-8' : 'gb18030').decode(bytes, { stream: true });
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  let delimiter = ',';
  let best = 0;
  for (const candidate of [',', ';', '\t']) {
    const count = firstLine.split(candidate).length - 1;
    if (count > best) [delimiter, best] = [candidate, count];
  }
  return { encoding, delimiter };
}

function gb18030ToUtf8(): Transform {
  const decoder = new TextDecoder('gb18030');
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      done(null, decoder.decode(chunk, { stream: true }));
    },
    flush(done) {
      done(null, decoder.decode());
    },
  });
}

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
  const decoded = encoding === 'utf8' ? input : input.pipe(gb18030ToUtf8());
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
