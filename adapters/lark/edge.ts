import type { IncomingMessage, ServerResponse } from 'node:http';
import * as lark from '@larksuiteoapi/node-sdk';
import type { InteractionHandler, PlatformEdge } from '../../src/chat/edge.js';
import type { Clock } from '../../src/clock.js';
import type { LarkConfig } from '../../src/config.js';
import type { Db } from '../../src/db/connect.js';
import type { Logger } from '../../src/logger.js';
import { PgCardParts } from './card-parts.js';
import { createLarkClient } from './client.js';
import { EmailDirectory } from './identity.js';
import { messageResourceDownload } from './inbound/file-message.js';
import { serveCallback } from './inbound/http-route.js';
import { LarkInteractions } from './inbound/interactions.js';
import { SeenKeys } from './inbound/nonces.js';
import { CallbackVerifier } from './inbound/verify.js';
import { LarkChatPort } from './lark-chat-port.js';
import { ChatPacer } from './pacer.js';
import { PrivateDelivery } from './reply/private-delivery.js';

export interface LarkEdgeOptions {
  config: LarkConfig;
  db: Db;
  clock: Clock;
  logger: Logger;
  /**
   * How long a form submission's callback waits for the answer (toast and re-rendered card) before
   * acknowledging and replacing the card afterwards; well inside Lark's 3 seconds.
   */
  answerBudgetMs?: number;
}

/** Answers of a normal day take tens of milliseconds; past this, the callback stops waiting. */
export const ANSWER_BUDGET_MS = 250;

/** The Feishu/Lark edge, with what tests and the long connection reach into. */
export interface LarkEdge extends PlatformEdge {
  readonly port: LarkChatPort;
  /** The SDK dispatcher holding Duebot's handler table (HTTP and long connection alike). */
  readonly dispatcher: lark.EventDispatcher;
  /** Resolves once every answer sent after an acknowledgement has gone out. */
  settled(): Promise<void>;
}

const quiet = () => {};

/**
 * Duebot on Feishu/Lark: the outbound port, and inbound either as HTTP callbacks at /lark/events
 * and /lark/cards (verified, then dispatched) or over the SDK's long connection (LARK_CONNECTION=ws).
 */
export function createLarkEdge(options: LarkEdgeOptions): LarkEdge {
  const { config, db, clock } = options;
  const logger = options.logger.child({ platform: 'lark' });
  if (config.connection === 'http' && !config.encryptKey)
    throw new Error(
      'LARK_ENCRYPT_KEY is required for HTTP callbacks: copy the Encrypt Key from the developer console',
    );
  const sdkLog = { error: (...m: unknown[]) => logger.error({ sdk: m }, 'lark sdk'), warn: quiet };
  const client = createLarkClient({
    appId: config.appId,
    appSecret: config.appSecret,
    domain: config.domain,
    logger: sdkLog,
  });
  const pacer = new ChatPacer();
  const parts = new PgCardParts(db);
  const port = new LarkChatPort({ appId: config.appId, appSecret: config.appSecret, client, pacer, parts });
  const seen = new SeenKeys(db);
  const interactions = new LarkInteractions({
    db,
    clock,
    logger,
    seen,
    answerBudgetMs: options.answerBudgetMs ?? ANSWER_BUDGET_MS,
    emails: new EmailDirectory(client, clock, logger),
    privately: new PrivateDelivery(client, pacer, logger),
    download: messageResourceDownload(client),
  });
  const dispatcher = new lark.EventDispatcher({
    encryptKey: config.encryptKey ?? undefined,
    verificationToken: config.verificationToken ?? undefined,
    loggerLevel: lark.LoggerLevel.error,
    logger: { error: sdkLog.error, warn: quiet, info: quiet, debug: quiet, trace: quiet },
  }).register(interactions.table());
  const verifier = config.encryptKey
    ? new CallbackVerifier(config.encryptKey, config.verificationToken)
    : null;
  let ws: lark.WSClient | null = null;

  return {
    port,
    dispatcher,
    httpPrefix: config.connection === 'http' ? '/lark/' : null,
    handleHttp(req: IncomingMessage, res: ServerResponse) {
      if (!verifier) {
        res.writeHead(404).end();
        return;
      }
      const deps = { verifier, seen, clock, logger, dispatcher, ready: () => interactions.handler !== null };
      serveCallback(req, res, deps).catch((err: unknown) => {
        logger.error({ err }, 'lark: a callback failed');
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end('{"msg":"internal error"}');
      });
    },
    async start(handler: InteractionHandler) {
      interactions.handler = handler;
      if (config.connection !== 'ws') return;
      ws = new lark.WSClient({
        appId: config.appId,
        appSecret: config.appSecret,
        domain: client.domain,
        loggerLevel: lark.LoggerLevel.warn,
        logger: {
          error: sdkLog.error,
          warn: (...m: unknown[]) => logger.warn({ sdk: m }, 'lark ws'),
          info: quiet,
          debug: quiet,
          trace: quiet,
        },
      });
      await ws.start({ eventDispatcher: dispatcher });
    },
    async stop() {
      ws?.close();
      ws = null;
      interactions.handler = null;
      await interactions.settled();
    },
    connected() {
      if (interactions.handler === null) return false;
      return config.connection !== 'ws' || ws?.getConnectionStatus().state === 'connected';
    },
    settled: () => interactions.settled(),
  };
}
