import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { openRowSource } from './read-rows.js';

/** One CSV field, quoted when it must be. */
export function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Writes the rejected rows to `target`: the file's own columns, then the row number and the
 * reasons. A second streaming pass over the input, so nothing of the file is held in memory.
 * UTF-8 with a BOM, so Excel shows Chinese text correctly.
 */
export async function writeRejectsFile(
  file: string,
  target: string,
  reasons: ReadonlyMap<number, readonly string[]>,
): Promise<void> {
  const source = await openRowSource(file);
  const out = createWriteStream(target);
  const write = async (cells: readonly string[]) => {
    if (!out.write(`${cells.map(csvField).join(',')}\r\n`)) await once(out, 'drain');
  };
  try {
    out.write('\uFEFF');
    await write([...source.header, 'row', 'reason']);
    const width = source.header.length;
    for await (const batch of source.rows) {
      for (const row of batch) {
        const why = reasons.get(row.row);
        if (!why) continue;
        const cells = row.cells.slice(0, width);
        while (cells.length < width) cells.push('');
        await write([...cells, String(row.row), why.join('; ')]);
      }
    }
  } finally {
    await source.close();
    out.end();
    await once(out, 'finish');
  }
}
