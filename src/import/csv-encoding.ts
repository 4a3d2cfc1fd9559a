import { createReadStream } from 'node:fs';
import chardet from 'chardet';
import { ImportUsageError } from './errors.js';

export type CsvEncoding = 'utf8' | 'gb18030' | 'utf16le';

/** How much of the file's non-ASCII text chardet sees when naming an encoding we refuse. */
const SAMPLE_BYTES = 256 * 1024;

/**
 * Works out a CSV file's encoding from the whole file, never its first bytes alone: a GBK
 * export can be plain ASCII for its first megabyte and Chinese after. UTF-8 (with or without
 * BOM) and GBK/GB18030 are read when every byte decodes cleanly; UTF-16 when it carries a BOM.
 * Anything else is refused with the encoding chardet takes it for.
 */
export async function detectCsvEncoding(file: string): Promise<CsvEncoding> {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  const gb = new TextDecoder('gb18030', { fatal: true });
  let utf8Ok = true;
  let gbOk = true;
  let first = true;
  const sample: Buffer[] = [];
  let sampled = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    if (first) {
      first = false;
      if (chunk[0] === 0xff && chunk[1] === 0xfe) return 'utf16le';
    }
    if (sampled < SAMPLE_BYTES) {
      sample.push(chunk.subarray(0, SAMPLE_BYTES - sampled));
      sampled += Math.min(chunk.length, SAMPLE_BYTES - sampled);
    }
    if (utf8Ok) utf8Ok = decodes(utf8, chunk, true);
    if (gbOk) gbOk = decodes(gb, chunk, true);
    if (!utf8Ok && !gbOk) break;
  }
  if (utf8Ok && decodes(utf8, new Uint8Array(), false)) return 'utf8';
  if (gbOk && decodes(gb, new Uint8Array(), false)) return 'gb18030';
  const guess = chardet.detect(Buffer.concat(sample)) ?? 'an unknown encoding';
  throw new ImportUsageError(
    `the file cannot be read cleanly as UTF-8 or GBK/GB18030 (it looks like ${guess}): save it again as "CSV UTF-8" or open it in Excel and save as .xlsx`,
  );
}

function decodes(decoder: InstanceType<typeof TextDecoder>, bytes: Uint8Array, stream: boolean): boolean {
  try {
    decoder.decode(bytes, { stream });
    return true;
  } catch {
    return false;
  }
}
