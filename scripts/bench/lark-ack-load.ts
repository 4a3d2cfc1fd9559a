import { Agent, request } from 'node:http';

export interface LoadRequest {
  headers: Record<string, string>;
  body: string;
}

export interface LoadResult {
  /** By request index. */
  latenciesMs: number[];
  statuses: Map<number, number>;
}

/** POSTs every request to `url` over `connections` kept-alive connections; times each to its full response. */
export async function runLoad(
  url: string,
  requests: LoadRequest[],
  connections: number,
): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const target = new URL(url);
  const latenciesMs: number[] = [];
  const statuses = new Map<number, number>();
  let next = 0;
  const one = (r: LoadRequest, i: number) =>
    new Promise<void>((resolve, reject) => {
      const started = performance.now();
      const req = request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          headers: { ...r.headers, 'content-length': Buffer.byteLength(r.body) },
        },
        (res) => {
          res.resume();
          res.on('end', () => {
            latenciesMs[i] = performance.now() - started;
            statuses.set(res.statusCode ?? 0, (statuses.get(res.statusCode ?? 0) ?? 0) + 1);
            resolve();
          });
        },
      );
      req.on('error', reject);
      req.end(r.body);
    });
  const worker = async () => {
    for (let i = next++; i < requests.length; i = next++) await one(requests[i] as LoadRequest, i);
  };
  await Promise.all(Array.from({ length: connections }, worker));
  agent.destroy();
  return { latenciesMs, statuses };
}

/** The q-quantile (0..1) of a list of numbers, nearest rank. */
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
}
