import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Interaction } from './interaction.js';
import type { ChatPort } from './port.js';
import type { Reply } from './reply.js';

/** What a platform edge calls with each normalised interaction: the app's router. */
export interface InteractionHandler {
  handle(interaction: Interaction): Promise<Reply>;
}

/**
 * One chat platform as the composition root sees it: the port the outbox sends through and the
 * inbound side (HTTP routes on the shared server, or an outgoing socket it opens itself).
 */
export interface PlatformEdge {
  readonly port: ChatPort;
  /** Path prefix it answers on the shared HTTP server (e.g. '/slack/'); null when it connects out. */
  readonly httpPrefix: string | null;
  /** Serves one HTTP request whose path starts with `httpPrefix`. */
  handleHttp(req: IncomingMessage, res: ServerResponse): void;
  /** Starts receiving: from here on every interaction goes to `handler`. */
  start(handler: InteractionHandler): Promise<void>;
  stop(): Promise<void>;
  /** Whether it is started and its connection (token checked, socket open) is up, for /healthz. */
  connected(): boolean;
}
