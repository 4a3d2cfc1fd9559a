import { Agent, request } from 'node:http';

export interface SignedRequest {
  headers: Record<string, string>;
  body: string;
}

/**
 * POSTs `total` requests over `connections` kept-alive connections; returns each one's time to its
 * full response. Request i is built just before it is sent (its trigger id lives three seconds).
 */
export async function fire(
  url: string,
  total: number,
  build: (i: number) => SignedRequest,
  connections: number,
  /** Sends request i no earlier than i / perSecond seconds after the start (open loop); as fast as answered otherwise. */
  perSecond?: number,
): Promise<{ ms: number[]; statuses: Map<number, number> }> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const ms: number[] = [];
  const statuses = new Map<number, number>();
  let next = 0;
  const start = performance.now();
  const due = (i: number) => (perSecond ? start + (i * 1000) / perSecond - performance.now() : 0);
  const one = (r: SignedRequest) =>
    new Promise<void>((resolve, reject) => {
      const started = performance.now();
      const req = request(url, { agent, method: 'POST', headers: r.headers }, (res) => {
        res.resume();
        res.on('end', () => {
          ms.push(performance.now() - started);
          statuses.set(res.statusCode ?? 0, (statuses.get(res.statusCode ?? 0) ?? 0) + 1);
          resolve();
        });
      });
      req.on('error', reject);
      req.end(r.body);
    });
  const connection = async () => {
    for (let i = next++; i < total; i = next++) {
      const wait = due(i);
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      await one(build(i));
    }
  };
  await Promise.all(Array.from({ length: connections }, connection));
  agent.destroy();
  return { ms, statuses };
}

/** The q-quantile (0..1) by nearest rank. */
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
}
