import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PlatformEdge } from '../chat/edge.js';
import type { Logger } from '../logger.js';
import type { Metrics } from '../observability/metrics.js';
import type { HealthReport } from './health.js';

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

export interface AppServerOptions {
  /** Platform edges that take HTTP requests under their own path prefix. */
  edges: readonly PlatformEdge[];
  /** Everything else (the sandbox page), or null for a plain 404. */
  fallback: Listener | null;
  /** The deep health check behind /healthz and the registry behind /metrics. */
  observe: { health(): Promise<HealthReport>; metrics: Metrics };
  port: number;
  host: string;
  logger: Logger;
}

export interface AppServer {
  url: string;
  close(): Promise<void>;
}

/** Picks who answers a request: the edge owning its path, the health check, or the fallback. */
export function routeRequest(options: Pick<AppServerOptions, 'edges' | 'fallback' | 'observe'>): Listener {
  const mounted = options.edges.filter((e) => e.httpPrefix !== null);
  return (req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const edge = mounted.find((e) => e.httpPrefix !== null && path.startsWith(e.httpPrefix));
    if (edge) return edge.handleHttp(req, res);
    if (path === '/healthz') return void serveHealth(options.observe, res);
    if (path === '/metrics') return void serveMetrics(options.observe, res);
    if (options.fallback) return options.fallback(req, res);
    const where = mounted.map((e) => e.httpPrefix).join(', ');
    reply(res, 404, {
      error: `nothing at ${path}; Duebot answers platform requests under ${where || '/healthz'}`,
    });
  };
}

async function serveHealth(observe: AppServerOptions['observe'], res: ServerResponse): Promise<void> {
  const report = await observe.health().catch(
    (err: unknown): HealthReport => ({
      ok: false,
      failing: ['database'],
      parts: { database: { ok: false, detail: err instanceof Error ? err.message : String(err) } },
    }),
  );
  reply(res, report.ok ? 200 : 503, report);
}

async function serveMetrics(observe: AppServerOptions['observe'], res: ServerResponse): Promise<void> {
  try {
    const text = await observe.metrics.text();
    res.writeHead(200, { 'content-type': observe.metrics.contentType });
    res.end(text);
  } catch (err) {
    // The outbox depth is read from the database; without it there is no honest scrape.
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(`metrics unavailable: ${err instanceof Error ? err.message : String(err)}\n`);
  }
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/** One HTTP server on PORT for every platform edge and the sandbox, so one address is exposed. */
export async function startAppServer(options: AppServerOptions): Promise<AppServer> {
  const server = createServer(routeRequest(options));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${shownHost}:${address.port}`;
  options.logger.info({ address: url }, 'listening');
  return {
    url,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
