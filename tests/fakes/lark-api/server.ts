import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { answerUnder, dropConnection, type FaultRule, Faults, instanceOf } from '../faults.js';
import { updateCardByToken } from './card-update.js';
import { getUser } from './contact.js';
import { sendEphemeral } from './ephemeral.js';
import { uploadImage } from './images.js';
import { LongConnection } from './long-connection.js';
import { createMessage, getMessage, listMessages, patchMessage, replyMessage } from './messages.js';
import { parseMultipart } from './multipart.js';
import { fail, ok, send } from './replies.js';
import { MessageResources } from './resources.js';
import { EmulatorState, type RateLimit, type StoredMessage } from './state.js';

/**
 * A local stand-in for the Lark Open API, covering what Duebot calls. Point the SDK at it with
 * `domain: emulator.baseUrl`. It checks credentials and bearer tokens, validates cards as Lark
 * does, records every call, keeps messages, honours `uuid` idempotency and can rate-limit a chat.
 */
export class LarkApiEmulator {
  readonly state: EmulatorState;
  /** The SDK's long connection (WSClient), for LARK_CONNECTION=ws. */
  readonly longConnection: LongConnection;
  /** Scripted platform trouble: rate limits, lost answers, refused connections, hangs, per instance. */
  readonly faults = new Faults();
  /** Files people sent in messages, which the bot downloads through im.v1.messageResource.get. */
  readonly resources = new MessageResources();
  private server: Server | undefined;
  baseUrl = '';

  constructor(options: { appId?: string; appSecret?: string } = {}) {
    this.state = new EmulatorState(options.appId ?? 'cli_duebot_test', options.appSecret ?? 'secret-test');
    this.longConnection = new LongConnection(this.state);
  }

  /** Listens on a free local port and returns the base URL. */
  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((err: unknown) => send(res, 500, { code: 1, msg: String(err) }));
    });
    this.server.on('upgrade', (req, socket) => this.longConnection.upgrade(req, socket));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.baseUrl = `http://127.0.0.1:${port}`;
    return this.baseUrl;
  }

  async stop(): Promise<void> {
    this.longConnection.close();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** The base URL for one Duebot instance (its `domain`), so faults can strike that instance only. */
  urlFor(instance: string): string {
    return `${this.baseUrl}/i/${instance}`;
  }

  /** Scripts a fault (see `FaultRule`, `method` being the path); `faults.clear()` ends them all. */
  inject(rule: FaultRule): void {
    this.faults.add(rule);
  }

  /** A group chat the bot is a member of. */
  addChat(chatId: string, name = chatId): void {
    this.state.chats.add(chatId);
    this.state.chatNames.set(chatId, name);
  }

  /** A person in the tenant, found by email through the contact API. */
  addUser(openId: string, email: string): void {
    this.state.users.set(openId, email);
  }

  /** The token Lark puts in a card callback, valid to update that card later. */
  issueCardToken(messageId: string): string {
    const token = `c-${randomBytes(8).toString('hex')}`;
    this.state.cardTokens.set(token, { messageId, uses: 0, at: this.state.now() });
    return token;
  }

  /** A message a person wrote (direct chats: `state.p2pChat(openId)`), so the bot can reply to it. */
  userSays(chatId: string, text: string): StoredMessage {
    return this.state.store({ chatId, msgType: 'text', content: JSON.stringify({ text }) });
  }

  /** A person sends a file (`msg_type: file`) in a chat; the bot may download it from the message. */
  userSendsFile(chatId: string, name: string, data: Buffer): StoredMessage {
    return this.resources.userSendsFile(this.state, chatId, name, data);
  }

  /** The next `times` requests touching the chat are refused with a rate-limit error. */
  rateLimit(chatId: string, limit: Partial<RateLimit> & { times: number }): void {
    this.state.rateLimits.set(chatId, { resetSeconds: 1, code: 99991400, ...limit });
  }

  /** The messages of a chat, oldest first; a DM chat is `state.p2pChat(openId)`. */
  messagesIn(chatId: string): StoredMessage[] {
    return this.state.messages.filter((m) => m.chat_id === chatId);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://emulator');
    const { instance, path } = instanceOf(url.pathname);
    const fault = path.startsWith('/open-apis/auth/') ? undefined : this.faults.pick(instance, path);
    if (fault?.kind === 'refused') return dropConnection(req, res);
    if (fault?.kind === 'rate_limit') {
      await readBody(req);
      const reset = String(fault.retryAfterSec ?? 1);
      return fail(res, 99991400, 'request trigger frequency limit', 429, { 'x-ogw-ratelimit-reset': reset });
    }
    if (!fault) return this.route(req, res, url, path);
    // The call is carried out; its answer is then lost or held back.
    const held = new HeldResponse(res);
    await this.route(req, held.asResponse(), url, path);
    await answerUnder(fault, req, res, () => held.release());
  }

  private async route(req: IncomingMessage, res: ServerResponse, url: URL, path: string): Promise<void> {
    const query = Object.fromEntries(url.searchParams);
    const raw = await readBody(req);
    const type = req.headers['content-type'] ?? '';
    const isMultipart = type.startsWith('multipart/form-data');
    const body =
      isMultipart || raw.length === 0 ? {} : (JSON.parse(raw.toString('utf8')) as Record<string, unknown>);
    const method = req.method ?? 'GET';
    this.state.calls.push({ method, path, query, body: isMultipart ? { multipart: true } : body });

    if (method === 'POST' && path === '/callback/ws/endpoint') {
      this.longConnection.endpoint(res, body, this.baseUrl);
      return;
    }
    if (method === 'POST' && path === '/open-apis/auth/v3/tenant_access_token/internal') {
      this.token(res, body);
      return;
    }
    const auth = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!auth) {
      fail(res, 99991661, 'Missing access token for authorization.', 400);
      return;
    }
    if (!this.state.tokenValid(auth)) {
      fail(res, 99991663, 'Invalid access token for authorization.', 400);
      return;
    }

    const resourceRoute = /^\/open-apis\/im\/v1\/messages\/([^/]+)\/resources\/([^/]+)$/.exec(path);
    if (resourceRoute?.[1] && resourceRoute[2] && method === 'GET') {
      this.resources.serve(res, resourceRoute[1], resourceRoute[2], query);
      return;
    }
    const messageRoute = /^\/open-apis\/im\/v1\/messages\/([^/]+)(\/reply)?$/.exec(path);
    if (path === '/open-apis/im/v1/messages' && method === 'POST') {
      createMessage(this.state, res, query, body);
      return;
    }
    if (path === '/open-apis/im/v1/messages' && method === 'GET') {
      listMessages(this.state, res, query);
      return;
    }
    if (messageRoute?.[1] && messageRoute[2] && method === 'POST') {
      replyMessage(this.state, res, messageRoute[1], body);
      return;
    }
    if (messageRoute?.[1] && !messageRoute[2] && method === 'GET') {
      getMessage(this.state, res, messageRoute[1]);
      return;
    }
    if (messageRoute?.[1] && !messageRoute[2] && method === 'PATCH') {
      patchMessage(this.state, res, messageRoute[1], body);
      return;
    }
    const chatRoute = /^\/open-apis\/im\/v1\/chats\/([^/]+)$/.exec(path)?.[1];
    if (chatRoute && method === 'GET') {
      this.chat(res, chatRoute);
      return;
    }
    if (path === '/open-apis/im/v1/files' && method === 'POST') {
      this.upload(res, raw, type);
      return;
    }
    if (path === '/open-apis/im/v1/images' && method === 'POST') {
      uploadImage(this.state, res, raw, type);
      return;
    }
    if (path === '/open-apis/interactive/v1/card/update' && method === 'POST') {
      updateCardByToken(this.state, res, body);
      return;
    }
    if (path === '/open-apis/ephemeral/v1/send' && method === 'POST') {
      sendEphemeral(this.state, res, body);
      return;
    }
    const userRoute = /^\/open-apis\/contact\/v3\/users\/([^/]+)$/.exec(path)?.[1];
    if (userRoute && userRoute !== 'batch_get_id' && method === 'GET') {
      getUser(this.state, res, userRoute, query);
      return;
    }
    if (path === '/open-apis/contact/v3/users/batch_get_id' && method === 'POST') {
      this.batchGetId(res, body);
      return;
    }
    fail(res, 404, `404 page not found: ${method} ${path}`, 404);
  }

  /** GET /open-apis/im/v1/chats/:chat_id — what the bot may know about a group it is in. */
  private chat(res: ServerResponse, chatId: string): void {
    if (!this.state.chats.has(chatId)) {
      fail(res, 232011, 'Operator can NOT be out of the chat.');
      return;
    }
    ok(res, {
      chat_id: chatId,
      name: this.state.chatNames.get(chatId) ?? chatId,
      chat_mode: 'group',
      chat_type: 'private',
    });
  }

  private token(res: ServerResponse, body: Record<string, unknown>): void {
    if (body.app_id !== this.state.appId) {
      send(res, 400, { code: 10003, msg: 'invalid param app_id' });
      return;
    }
    if (body.app_secret !== this.state.appSecret) {
      send(res, 400, { code: 10014, msg: 'app secret invalid' });
      return;
    }
    const { token, expire } = this.state.issueToken();
    send(res, 200, { code: 0, msg: 'ok', tenant_access_token: token, expire });
  }

  private upload(res: ServerResponse, raw: Buffer, type: string): void {
    const parts = parseMultipart(raw, type);
    const field = (name: string) => parts.find((p) => p.name === name);
    const file = field('file');
    const fileType = field('file_type')?.data.toString('utf8');
    const fileName = field('file_name')?.data.toString('utf8');
    if (!file || !fileType || !fileName) {
      fail(res, 234001, 'Invalid request param, ext=file, file_type and file_name are required');
      return;
    }
    if (file.data.length === 0) {
      fail(res, 234010, 'File size cannot be 0.');
      return;
    }
    const key = this.state.newFileKey();
    this.state.files.set(key, { name: fileName, type: fileType, data: Buffer.from(file.data) });
    ok(res, { file_key: key });
  }

  private batchGetId(res: ServerResponse, body: Record<string, unknown>): void {
    const emails = Array.isArray(body.emails) ? body.emails.map(String) : [];
    const byEmail = new Map([...this.state.users].map(([openId, email]) => [email.toLowerCase(), openId]));
    ok(res, {
      user_list: emails.map((email) => {
        const openId = byEmail.get(email.toLowerCase());
        return openId ? { email, user_id: openId, status: { is_activated: true } } : { email };
      }),
    });
  }
}

/** Collects what a handler writes, to send it later or never. */
class HeldResponse {
  private status = 200;
  private headers: Record<string, string> = {};
  private body = '';

  constructor(private readonly res: ServerResponse) {}

  /** Just enough of a ServerResponse for the handlers above (`writeHead` + `end`). */
  asResponse(): ServerResponse {
    const fake = {
      writeHead: (status: number, headers: Record<string, string> = {}) => {
        this.status = status;
        this.headers = { ...this.headers, ...headers };
        return fake;
      },
      setHeader: (name: string, value: string) => {
        this.headers[name] = value;
      },
      end: (body?: string) => {
        this.body = body ?? '';
      },
    };
    return fake as unknown as ServerResponse;
  }

  release(): void {
    this.res.writeHead(this.status, this.headers);
    this.res.end(this.body);
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
