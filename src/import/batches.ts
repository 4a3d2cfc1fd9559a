import type { Readable } from 'node:stream';

/**
 * Collects a stream's objects into arrays of up to `size`, pausing the stream while a batch
 * is being consumed: one await per batch instead of one per row.
 */
export async function* inBatches<T, U>(
  stream: Readable,
  size: number,
  map: (item: T) => U,
): AsyncGenerator<U[]> {
  const ready: U[][] = [];
  let batch: U[] = [];
  let ended = false;
  let failure: unknown = null;
  let wake: (() => void) | null = null;
  const signal = () => {
    wake?.();
    wake = null;
  };
  stream.on('data', (item: T) => {
    batch.push(map(item));
    if (batch.length >= size) {
      ready.push(batch);
      batch = [];
      stream.pause();
      signal();
    }
  });
  stream.once('end', () => {
    ended = true;
    if (batch.length > 0) ready.push(batch);
    signal();
  });
  stream.once('error', (err) => {
    failure = err;
    signal();
  });
  try {
    for (;;) {
      const next = ready.shift();
      if (next) {
        yield next;
        if (ready.length === 0 && !ended) stream.resume();
        continue;
      }
      if (failure) throw failure;
      if (ended) return;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  } finally {
    stream.destroy();
  }
}
