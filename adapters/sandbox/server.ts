import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sandboxDirectory } from '../../src/app/sandbox-directory.js';
import type { Logger } from '../../src/logger.js';
import type { DirectoryLoader, SandboxApp, SandboxDirectory } from './app-port.js';
import type { SandboxChatPort } from './chat-port.js';
import { HttpError, sendJson } from './http.js';
import { type Route, routes } from './routes.js';
import { EventStreams } from './sse.js';
import { publicFileFor, servePublicFile } from './static-files.js';
import { sandboxDb } from './tables.js';

export interface SandboxOptions {
  app: SandboxApp;
  /** The chat port the app's outbox delivers through; its events feed the open pages. */
  chat: SandboxChatPort;
  logger: Logger;
  /** 0 picks a free port. */
  port: number;
  host?: string;
  /** Who and where the workspace is; the app's roster and teams by default. */
  directory?: DirectoryLoader;
}

export interface SandboxServer {
  url: string;
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/**
 * On a loopback address, another site's page could reach us through a name that resolves to
 * 127.0.0.1 (DNS rebinding); it would not send our own host name, so anything else is refused.
 */
function hostAllowed(req: IncomingMessage, host: string): boolean {
  if (!LOOPBACK.has(host)) return true;
  const name = (req.headers.host ?? '').replace(/:\d+$/, '');
  return LOOPBACK.has(name);
}

/** The sandbox's request listener, for a server of its own or one shared with the platform edges. */
export interface SandboxHandler {
  handle(req: IncomingMessage, res: ServerResponse): void;
  /** Ends the open live streams so the server can close. */
  close(): void;
}

/** Builds the sandbox page and JSON API as a plain request listener. */
export function createSandboxHandler(options: Omit<SandboxOptions, 'port'>): SandboxHandler {
  const { app, chat, logger, host = '127.0.0.1' } = options;
  const load = options.directory ?? sandboxDirectory;
  let cached: SandboxDirectory | undefined;
  const streams = new EventStreams(chat.events);
  const table = routes({
    app,
    db: sandboxDb(app.db),
    logger,
    events: chat.events,
    streams,
    async directory(fresh = false) {
      if (cached && !fresh) return cached;
      const loaded: SandboxDirectory = await load(app.db, app.clock.now());
      cached = loaded;
      return loaded;
    },
  });

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hostAllowed(req, host)) throw new HttpError(403, 'this sandbox only answers on its own address');
    const url = new URL(req.url ?? '/', 'http://sandbox');
    const method = req.method ?? 'GET';
    const file = method === 'GET' ? publicFileFor(url.pathname) : null;
    if (file && (await servePublicFile(res, file))) return;
    const matches = table
      .map((route) => ({ route, match: route.path.exec(url.pathname) }))
      .filter((m): m is { route: Route; match: RegExpExecArray } => m.match !== null);
    const found = matches.find((m) => m.route.method === method);
    if (!found) {
      if (matches.length > 0) throw new HttpError(405, `${method} is not allowed on ${url.pathname}`);
      throw new HttpError(404, `nothing at ${url.pathname}`);
    }
    await found.route.handle(req, res, { params: found.match.slice(1), query: url.searchParams });
  }

  function handle(req: IncomingMessage, res: ServerResponse): void {
    serve(req, res).catch((err: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (err instanceof HttpError) {
        sendJson(res, err.status, { error: err.message });
        return;
      }
      logger.error({ err, method: req.method, path: req.url }, 'sandbox request failed');
      sendJson(res, 500, { error: 'something went wrong on the server; the log has the details' });
    });
  }
  return { handle, close: () => streams.closeAll() };
}

/** Serves the sandbox workspace page and its JSON API; binds to the loopback address by default. */
export async function startSandbox(options: SandboxOptions): Promise<SandboxServer> {
  const { logger, host = '127.0.0.1' } = options;
  const handler = createSandboxHandler(options);
  const server = createServer(handler.handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${shownHost}:${address.port}`;
  logger.info({ address: url }, 'sandbox workspace is open');
  return {
    url,
    async close() {
      handler.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
