import type { IncomingMessage, ServerResponse } from 'node:http';
import { App, HTTPReceiver, HTTPReceiverDeferredRequestError, SocketModeReceiver } from '@slack/bolt';
import type { InteractionHandler, PlatformEdge } from '../../src/chat/edge.js';
import { type Clock, systemClock } from '../../src/clock.js';
import type { SlackConfig } from '../../src/config.js';
import type { Db } from '../../src/db/connect.js';
import { firstTimeInbound } from '../../src/db/repositories/inbound-events.repository.js';
import type { Logger } from '../../src/logger.js';
import { slackLogger } from './bolt-logger.js';
import { InFlight } from './in-flight.js';
import { type FirstTime, gateSlackRequest } from './inbound/gate.js';
import { SlackDirectory } from './inbound/identity.js';
import { listen } from './listeners.js';
import { SlackChatPort } from './slack-chat-port.js';
import { WorkQueue } from './work-queue.js';

export { SLASH_COMMANDS } from './inbound/command.js';
export { SlackChatPort } from './slack-chat-port.js';

/** The one URL Slack sends events, slash commands and interactivity to. */
export const SLACK_EVENTS_PATH = '/slack/events';

export interface SlackEdgeOptions {
  config: SlackConfig;
  logger: Logger;
  /** Times the profile cache; real time by default. */
  clock?: Clock;
  /** How long a looked-up Slack profile (its e-mail) is reused. */
  profileTtlMs?: number;
  /** How many acknowledged interactions the app works on at once. */
  concurrency?: number;
  /** Judges request timestamps (Slack signs with real time); the system clock by default. */
  signingClock?: Clock;
  /** Where inbound keys are remembered for every instance; in this process only without it. */
  db?: Db;
}

/** Inbound keys in the shared database, else in memory. */
function inboundKeys(db: Db | undefined, clock: Clock): FirstTime {
  if (db) return (key) => firstTimeInbound(db, 'slack', key, clock.now());
  const seen = new Set<string>();
  return async (key) => !seen.has(key) && Boolean(seen.add(key));
}

/** The Slack edge, with the Bolt app exposed for diagnostics. */
export interface SlackEdge extends PlatformEdge {
  readonly app: App;
  readonly port: SlackChatPort;
  /** Resolves once every interaction received so far has been answered. */
  idle(): Promise<void>;
}

/**
 * Slack as a platform edge: a Bolt app over HTTP at `/slack/events` (signed requests, verified by
 * Bolt) or over Socket Mode when an app token is configured; the outbox sends through
 * `SlackChatPort`. Every client (Bolt's, the outbox's, Socket Mode's) uses `config.apiUrl`.
 */
export function createSlackEdge(options: SlackEdgeOptions): SlackEdge {
  const { config } = options;
  const logger = slackLogger(options.logger);
  // Replies to people happen inside Slack's 3-second windows: one quick retry, never a long wait.
  const clientOptions = {
    slackApiUrl: config.apiUrl,
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 1, minTimeout: 100, maxTimeout: 300 },
  };
  const socketMode = config.appToken !== null;
  const http = socketMode
    ? null
    : new HTTPReceiver({
        signingSecret: config.signingSecret ?? '',
        endpoints: SLACK_EVENTS_PATH,
        logger,
      });
  const receiver =
    http ??
    new SocketModeReceiver({
      appToken: config.appToken ?? '',
      logger,
      installerOptions: { clientOptions: { slackApiUrl: config.apiUrl } },
    });
  const app = new App({
    token: config.botToken,
    receiver,
    logger,
    clientOptions,
    deferInitialization: true,
    // Duebot keeps no conversation state in Bolt; the store would only cost time per request.
    convoStore: false,
  });
  const port = new SlackChatPort({ token: config.botToken, slackApiUrl: config.apiUrl, logger });
  const directory = new SlackDirectory(
    app.client,
    options.clock ?? systemClock,
    options.logger,
    options.profileTtlMs,
  );
  let handler: InteractionHandler | null = null;
  // Socket Mode: follows the socket's own connected/disconnected events.
  let socketUp = false;
  if (!http) {
    const client = (receiver as SocketModeReceiver).client;
    client.on('connected', () => {
      socketUp = true;
    });
    client.on('disconnected', () => {
      socketUp = false;
    });
  }
  const inFlight = new InFlight();
  const gate = {
    signingSecret: config.signingSecret ?? '',
    clock: options.signingClock ?? systemClock,
    logger: options.logger,
    firstTime: inboundKeys(options.db, options.clock ?? systemClock),
  };
  listen(app, {
    directory,
    logger: options.logger,
    inFlight,
    // A few at once keep the database busy; more would only slow the acknowledgements of a burst.
    queue: new WorkQueue(options.concurrency ?? 4),
    botToken: config.botToken,
    handler: () => {
      if (!handler) throw new Error('the Slack edge is not started');
      return handler;
    },
  });

  return {
    app,
    port,
    httpPrefix: socketMode ? null : '/slack/',
    handleHttp(req: IncomingMessage, res: ServerResponse): void {
      if (!http || !handler) {
        res.writeHead(503, { 'Content-Type': 'text/plain' }).end('Slack is not connected yet');
        return;
      }
      const path = (req.url ?? '').split('?')[0];
      if (path !== SLACK_EVENTS_PATH || req.method !== 'POST') {
        res
          .writeHead(404, { 'Content-Type': 'text/plain' })
          .end(`Slack sends everything to ${SLACK_EVENTS_PATH}`);
        return;
      }
      gateSlackRequest(req, res, gate)
        .then((pass) => {
          if (pass) http.requestListener(req, res);
        })
        .catch((err: unknown) => {
          if (err instanceof HTTPReceiverDeferredRequestError) return;
          options.logger.error({ err }, 'slack: a request failed');
          if (!res.headersSent) res.writeHead(400, { 'Content-Type': 'text/plain' }).end('bad request');
        });
    },
    async start(h: InteractionHandler): Promise<void> {
      // Checks the bot token (auth.test) before anything is accepted.
      await app.init();
      handler = h;
      if (socketMode) await app.start();
    },
    connected: () => handler !== null && (http !== null || socketUp),
    idle: () => inFlight.idle(),
    async stop(): Promise<void> {
      if (socketMode && handler) await app.stop();
      // People who already clicked still get their answer.
      await inFlight.idle();
      handler = null;
    },
  };
}
