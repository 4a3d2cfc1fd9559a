import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { answerUnder, dropConnection, type FaultRule, Faults, instanceOf } from '../faults.js';
import { callMethod } from './methods.js';
import { parseArgs, readBody, uploadedBytes } from './request.js';
import { ResponseUrls } from './response-urls.js';
import { SharedFiles } from './shared-files.js';
import { SocketModeHub } from './socket-mode.js';
import { type Args, SlackFailure, type SlackUser, Workspace } from './workspace.js';

/** One Web API call as the emulator saw it, with what it answered. */
export interface RecordedCall {
  method: string;
  args: Args;
  status: number;
  error?: string;
}

interface Throttle {
  method?: string;
  channel?: string;
  retryAfterSec: number;
  times: number;
  after: number;
}

export interface SlackApiEmulatorOptions {
  token?: string;
  /** The app-level token (xapp-…) that opens Socket Mode connections. */
  appToken?: string;
  channels?: string[];
  users?: SlackUser[];
}

/**
 * A local stand-in for the Slack Web API: the real `@slack/web-api` client talks to it over HTTP.
 * It checks the bot token, validates payloads as Slack does, records every call, keeps messages
 * for `chat.update` and history, and answers 429 with Retry-After when told to. It also plays
 * Slack's side of interactions: response URLs, trigger ids and Socket Mode connections.
 */
export class SlackApiEmulator {
  readonly calls: RecordedCall[] = [];
  readonly workspace: Workspace;
  readonly responses = new ResponseUrls();
  readonly socketMode = new SocketModeHub();
  /** Files people shared with the bot, behind private URLs that take the bot token. */
  readonly sharedFiles = new SharedFiles();
  readonly appToken: string;
  /** Scripted platform trouble: 429s, lost answers, refused connections, hangs, per instance. */
  readonly faults = new Faults();
  /** Time every Web API call takes before it is answered, as over a real network (benchmarks). */
  latencyMs = 0;
  private readonly throttles: Throttle[] = [];
  private readonly outages: { method: string; status: number }[] = [];
  private baseUrl = '';

  private constructor(
    private readonly server: Server,
    readonly token: string,
    options: SlackApiEmulatorOptions,
  ) {
    this.workspace = new Workspace(new Set(options.channels ?? ['C0GENERAL']), options.users ?? []);
    this.appToken = options.appToken ?? 'xapp-test-token';
  }

  /** Starts an emulator on a free local port. */
  static async start(options: SlackApiEmulatorOptions = {}): Promise<SlackApiEmulator> {
    const server = createServer();
    const emulator = new SlackApiEmulator(server, options.token ?? 'xoxb-test-token', options);
    server.on('request', (req, res) => void emulator.handle(req, res));
    server.on('upgrade', (req, socket) => {
      if (!emulator.socketMode.upgrade(req, socket)) socket.destroy();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    emulator.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    return emulator;
  }

  /** The Web API base URL to pass as `slackApiUrl` (ends with `/api/`). */
  get apiUrl(): string {
    return `${this.baseUrl}api/`;
  }

  /** The Web API base URL for one Duebot instance, so faults can strike that instance only. */
  urlFor(instance: string): string {
    return `${this.baseUrl}i/${instance}/api/`;
  }

  /** Scripts a fault (see `FaultRule`); `faults.clear()` ends them all. */
  inject(rule: FaultRule): void {
    this.faults.add(rule);
  }

  /** A new `response_url` for an inbound payload; what the app sends there lands in `responses`. */
  responseUrl(): string {
    return this.responses.issue(this.baseUrl);
  }

  /** A new trigger id for an inbound payload; `views.open` takes it once, within three seconds. */
  triggerId(): string {
    return this.workspace.issueTrigger();
  }

  /** Answers `times` matching calls, after letting `after` through, with 429 and `Retry-After`. */
  rateLimit(rule: {
    method?: string;
    channel?: string;
    retryAfterSec: number;
    times?: number;
    after?: number;
  }): void {
    this.throttles.push({ ...rule, times: rule.times ?? 1, after: rule.after ?? 0 });
  }

  /** Answers the next call of `method` with an HTTP error status, as during a Slack outage. */
  failNext(method: string, status = 503): void {
    this.outages.push({ method, status });
  }

  /** Calls of one method that Slack accepted. */
  accepted(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method && c.status === 200 && !c.error);
  }

  async close(): Promise<void> {
    this.socketMode.closeAll();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { instance, path } = instanceOf(new URL(req.url ?? '/', this.baseUrl).pathname);
    const fault = path.startsWith('/api/')
      ? this.faults.pick(instance, path.slice('/api/'.length))
      : undefined;
    if (fault?.kind === 'refused') return dropConnection(req, res);
    const raw = await readBody(req);
    if (this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
    if (path.startsWith('/upload/')) return this.receiveUpload(path.slice('/upload/'.length), req, raw, res);
    if (path.startsWith('/files-pri/'))
      return this.servePrivateFile(path.slice('/files-pri/'.length), req, res);
    if (path.startsWith('/respond/')) {
      const answer = this.responses.receive(path.slice('/respond/'.length), raw);
      this.calls.push({ method: 'response_url', args: { path }, status: answer.status });
      res.writeHead(answer.status, { 'Content-Type': 'text/plain' });
      return void res.end(answer.body);
    }
    const method = path.replace(/^\/api\//, '');
    let args: Args = {};
    try {
      args = parseArgs(req, raw);
      this.authorize(req, args, method);
      const outage = this.outages.findIndex((o) => o.method === method);
      if (outage >= 0) {
        const [o] = this.outages.splice(outage, 1);
        return this.reply(res, { method, args, status: o?.status ?? 503, error: 'outage' }, { ok: false });
      }
      if (fault?.kind === 'rate_limit') {
        res.setHeader('Retry-After', String(fault.retryAfterSec ?? 1));
        return this.reply(
          res,
          { method, args, status: 429, error: 'ratelimited' },
          { ok: false, error: 'ratelimited' },
        );
      }
      const throttle = this.throttles.find(
        (t) =>
          t.times > 0 &&
          (!t.method || t.method === method) &&
          (!t.channel || t.channel === (args.channel ?? args.channel_id)),
      );
      if (throttle && throttle.after > 0) throttle.after--;
      else if (throttle) {
        throttle.times--;
        res.setHeader('Retry-After', String(throttle.retryAfterSec));
        return this.reply(
          res,
          { method, args, status: 429, error: 'ratelimited' },
          { ok: false, error: 'ratelimited' },
        );
      }
      const answer =
        method === 'files.info'
          ? this.sharedFiles.info(args, this.baseUrl)
          : callMethod(
              {
                workspace: this.workspace,
                baseUrl: this.baseUrl,
                socketUrl: () => this.socketMode.issueUrl(this.baseUrl.replace(/^http/, 'ws')),
              },
              method,
              args,
            );
      this.calls.push({ method, args, status: 200 });
      return answerUnder(fault, req, res, () => this.write(res, 200, { ok: true, ...answer }));
    } catch (err) {
      const failure = err instanceof SlackFailure ? err : new SlackFailure('internal_error', String(err));
      const body = {
        ok: false,
        error: failure.error,
        ...(failure.detail ? { response_metadata: { messages: [failure.detail] } } : {}),
      };
      return this.reply(res, { method, args, status: 200, error: failure.error }, body);
    }
  }

  /** Bot token for every method except `apps.connections.open`, which takes the app-level token. */
  private authorize(req: IncomingMessage, args: Args, method: string): void {
    const header = req.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice('Bearer '.length) : args.token;
    if (!token) throw new SlackFailure('not_authed');
    const appLevel = method === 'apps.connections.open';
    if (token === (appLevel ? this.token : this.appToken)) throw new SlackFailure('not_allowed_token_type');
    if (token !== (appLevel ? this.appToken : this.token)) throw new SlackFailure('invalid_auth');
  }

  /** The upload URL takes raw bytes or, as the SDK sends them, a multipart form with one file. */
  private async receiveUpload(
    id: string,
    req: IncomingMessage,
    raw: Buffer,
    res: ServerResponse,
  ): Promise<void> {
    const content = await uploadedBytes(req, raw);
    const upload = this.workspace.uploads.get(id);
    this.calls.push({ method: 'upload', args: { id, bytes: content.length }, status: upload ? 200 : 404 });
    if (upload) {
      upload.bytes = content.length;
      upload.content = content;
    }
    res.writeHead(upload ? 200 : 404, { 'Content-Type': 'text/plain' });
    res.end(upload ? `OK - ${content.length}` : 'not found');
  }

  /** Slack serves a private file only with a token that may read it: here, the bot token. */
  private servePrivateFile(path: string, req: IncomingMessage, res: ServerResponse): void {
    const token = req.headers.authorization?.replace(/^Bearer /, '');
    const content = token === this.token ? this.sharedFiles.download(path) : null;
    const status = token !== this.token ? 403 : content ? 200 : 404;
    this.calls.push({ method: 'file_download', args: { path }, status });
    if (!content) {
      res.writeHead(status, { 'Content-Type': 'text/plain' });
      return void res.end(status === 403 ? 'not allowed' : 'not found');
    }
    res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': content.length });
    res.end(content);
  }

  private reply(res: ServerResponse, call: RecordedCall, body: Record<string, unknown>): void {
    this.calls.push(call);
    this.write(res, call.status, body);
  }

  private write(res: ServerResponse, status: number, body: Record<string, unknown>): void {
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
  }
}
