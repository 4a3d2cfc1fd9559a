import type { IncomingMessage, ServerResponse } from 'node:http';
import { CHAT_IMPORT_LIMIT_BYTES } from '../../src/app/imports/chat-file.js';
import { messagesFor } from '../../src/locale/index.js';
import type { Logger } from '../../src/logger.js';
import type { SandboxDirectory } from './app-port.js';
import { clockState, moveClock, runTodayNow } from './clock-control.js';
import type { SandboxEvents } from './events.js';
import { HttpError, parseWith, readJson, readUpload, sendJson } from './http.js';
import { type InteractionContext, runAction, runCommand, sendFile, submitForm } from './interactions.js';
import { conversationMessages, findFile } from './message-store.js';
import {
  ActionRequest,
  ClockMoveRequest,
  CommandRequest,
  FileId,
  FormRequest,
  MessagesQuery,
  UploadQuery,
} from './schemas.js';
import type { EventStreams } from './sse.js';
import { attachmentHeader } from './static-files.js';

export interface RouteContext extends InteractionContext {
  events: SandboxEvents;
  streams: EventStreams;
  directory(fresh?: boolean): Promise<SandboxDirectory>;
}

export interface Route {
  method: 'GET' | 'POST';
  path: RegExp;
  handle(
    req: IncomingMessage,
    res: ServerResponse,
    at: { params: (string | undefined)[]; query: URLSearchParams },
  ): Promise<void>;
}

async function announceClock(ctx: RouteContext) {
  const clock = await clockState(ctx.app);
  ctx.events.emit({ type: 'clock', now: clock.now, offsetMs: clock.offsetMs });
  return clock;
}

function logged(logger: Logger, what: string, fields: Record<string, unknown>): void {
  logger.info(fields, `sandbox: ${what}`);
}

/** The sandbox's HTTP API: the workspace, its messages, the live stream, interactions and the clock. */
export function routes(ctx: RouteContext): Route[] {
  return [
    {
      method: 'GET',
      path: /^\/api\/workspace$/,
      async handle(_req, res) {
        const [directory, clock] = await Promise.all([ctx.directory(true), clockState(ctx.app)]);
        const labels = { en: messagesFor('en').sandbox, 'zh-CN': messagesFor('zh-CN').sandbox };
        sendJson(res, 200, { ...directory, clock, labels });
      },
    },
    {
      method: 'GET',
      path: /^\/api\/messages$/,
      async handle(_req, res, { query }) {
        const { before, q, ...where } = parseWith(MessagesQuery, Object.fromEntries(query));
        const page = { before: before === undefined ? undefined : Number(before), q };
        sendJson(res, 200, await conversationMessages(ctx.db, where, page));
      },
    },
    {
      method: 'GET',
      path: /^\/api\/events$/,
      async handle(req, res) {
        ctx.streams.attach(req, res);
      },
    },
    {
      method: 'POST',
      path: /^\/api\/command$/,
      async handle(req, res) {
        const body = parseWith(CommandRequest, await readJson(req));
        logged(ctx.logger, 'command', { user: body.userId, chat: body.chatId });
        sendJson(res, 200, { reply: await runCommand(ctx, body) });
      },
    },
    {
      method: 'POST',
      path: /^\/api\/action$/,
      async handle(req, res) {
        const body = parseWith(ActionRequest, await readJson(req));
        logged(ctx.logger, 'button', { user: body.userId, action: body.actionId });
        sendJson(res, 200, { reply: await runAction(ctx, body) });
      },
    },
    {
      method: 'POST',
      path: /^\/api\/form$/,
      async handle(req, res) {
        const body = parseWith(FormRequest, await readJson(req));
        logged(ctx.logger, 'form', { user: body.userId, form: body.formId });
        sendJson(res, 200, { reply: await submitForm(ctx, body) });
      },
    },
    {
      method: 'POST',
      path: /^\/api\/upload$/,
      async handle(req, res, { query }) {
        const where = parseWith(UploadQuery, Object.fromEntries(query));
        const upload = await readUpload(req, CHAT_IMPORT_LIMIT_BYTES);
        logged(ctx.logger, 'file', { user: where.userId, chat: where.chatId, bytes: upload.size });
        sendJson(res, 200, { reply: await sendFile(ctx, where, upload) });
      },
    },
    {
      method: 'GET',
      path: /^\/api\/files\/([^/]+)$/,
      async handle(_req, res, { params }) {
        const id = parseWith(FileId, params[0]);
        const file = await findFile(ctx.db, Number(id));
        if (!file) throw new HttpError(404, `there is no file ${id}`);
        res.writeHead(200, {
          'Content-Type': file.mimeType,
          'Content-Length': file.content.length,
          'Content-Disposition': attachmentHeader(file.name),
          'X-Content-Type-Options': 'nosniff',
        });
        res.end(file.content);
      },
    },
    {
      method: 'POST',
      path: /^\/api\/clock\/run-today$/,
      async handle(req, res) {
        // Read (and so require) a JSON body like every other POST, which keeps cross-site form posts out.
        await readJson(req);
        const outcomes = await runTodayNow(ctx.app);
        logged(ctx.logger, "ran today's jobs", { outcomes });
        sendJson(res, 200, { outcomes, clock: await announceClock(ctx) });
      },
    },
    {
      method: 'POST',
      path: /^\/api\/clock\/move$/,
      async handle(req, res) {
        const body = parseWith(ClockMoveRequest, await readJson(req));
        const { moved, ran } = await moveClock(ctx.app, body.to, body.teamId, ctx.logger);
        const clock = await announceClock(ctx);
        logged(ctx.logger, 'clock moved', { to: body.to, now: clock.now, ran: ran.length });
        sendJson(res, 200, { moved, ran, clock });
      },
    },
  ];
}
