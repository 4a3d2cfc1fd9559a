import type { IncomingMessage, ServerResponse } from 'node:http';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { PlatformEdge } from '../../../src/chat/edge.js';
import type { ChatPort } from '../../../src/chat/port.js';
import { type AppServer, startAppServer } from '../../../src/http/app-server.js';
import type { Metrics } from '../../../src/observability/metrics.js';

/** An edge that answers every request with its own name, to see where requests land. */
function namedEdge(name: string, prefix: string | null): PlatformEdge {
  return {
    port: { platform: 'slack' } as ChatPort,
    httpPrefix: prefix,
    handleHttp(_req: IncomingMessage, res: ServerResponse) {
      res.end(name);
    },
    start: async () => {},
    stop: async () => {},
    connected: () => true,
  };
}

/** A health check and registry that answer without a database. */
const observe = {
  health: async () => ({ ok: true, failing: [], parts: {} }),
  metrics: { text: async () => 'duebot_up 1\n', contentType: 'text/plain; version=0.0.4' } as Metrics,
};

let server: AppServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

describe('the shared HTTP server', () => {
  it('sends each platform its own paths and everything else to the sandbox page', async () => {
    server = await startAppServer({
      edges: [namedEdge('slack', '/slack/'), namedEdge('lark', '/lark/'), namedEdge('socket', null)],
      fallback: (_req, res) => res.end('sandbox'),
      observe,
      port: 0,
      host: '127.0.0.1',
      logger: pino({ level: 'silent' }),
    });
    const text = async (path: string) => (await fetch(`${server?.url}${path}`, { method: 'POST' })).text();
    expect(await text('/slack/events')).toBe('slack');
    expect(await text('/lark/cards?x=1')).toBe('lark');
    expect(await text('/')).toBe('sandbox');
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ ok: true, failing: [], parts: {} });
    expect(await (await fetch(`${server.url}/metrics`)).text()).toBe('duebot_up 1\n');
  });

  it('answers 404 naming the platform paths when the sandbox is off', async () => {
    server = await startAppServer({
      edges: [namedEdge('slack', '/slack/')],
      fallback: null,
      observe,
      port: 0,
      host: '127.0.0.1',
      logger: pino({ level: 'silent' }),
    });
    const res = await fetch(`${server.url}/admin`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: string }).error).toBe(
      'nothing at /admin; Duebot answers platform requests under /slack/',
    );
  });
});
