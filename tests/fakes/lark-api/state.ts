import { randomBytes } from 'node:crypto';

/** A message as the emulator stores it, shaped like Lark's im/v1 message item. */
export interface StoredMessage {
  message_id: string;
  chat_id: string;
  msg_type: string;
  content: string;
  root_id?: string;
  parent_id?: string;
  thread_id?: string;
  uuid?: string;
  /** Set for an ephemeral card: the only person who sees it. */
  ephemeral_to?: string;
  create_time: string;
  update_time: string;
  updated: boolean;
}

export interface RecordedCall {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
}

export interface RateLimit {
  /** How many more requests to this chat are refused. */
  times: number;
  resetSeconds: number;
  /** 99991400 (HTTP 429, API frequency) or 230020 (HTTP 400, chat send frequency). */
  code: 99991400 | 230020;
  /** Requests let through before the refusals start, to hit the middle of a split message. */
  after?: number;
}

/** Lark keeps a `uuid` for an hour: the same uuid again returns the first message. */
const UUID_WINDOW_MS = 60 * 60 * 1000;

const id = (prefix: string) => `${prefix}_${randomBytes(12).toString('hex')}`;

/** What the emulated tenant holds: the app, its chats and people, messages, files and tokens. */
export class EmulatorState {
  readonly calls: RecordedCall[] = [];
  readonly messages: StoredMessage[] = [];
  readonly files = new Map<string, { name: string; type: string; data: Buffer }>();
  /** Pictures uploaded through im/v1/images, by image_key. */
  readonly images = new Map<string, Buffer>();
  readonly chats = new Set<string>();
  readonly chatNames = new Map<string, string>();
  /** open_id → email */
  readonly users = new Map<string, string>();
  readonly tokens = new Map<string, number>();
  readonly rateLimits = new Map<string, RateLimit>();
  /** Card callback tokens → the card they may update. */
  readonly cardTokens = new Map<string, { messageId: string; uses: number; at: number }>();
  private readonly uuids = new Map<string, { messageId: string; at: number }>();
  now: () => number = () => Date.now();

  constructor(
    readonly appId: string,
    readonly appSecret: string,
  ) {}

  issueToken(): { token: string; expire: number } {
    const token = id('t');
    const expire = 7200;
    this.tokens.set(token, this.now() + expire * 1000);
    return { token, expire };
  }

  tokenValid(token: string): boolean {
    const until = this.tokens.get(token);
    return until !== undefined && until > this.now();
  }

  /** The direct-message chat between the bot and a person. */
  p2pChat(openId: string): string {
    return `oc_p2p_${openId}`;
  }

  /** Takes one refusal from the chat's rate limit, if it has one. */
  takeRateLimit(chatId: string): RateLimit | null {
    const limit = this.rateLimits.get(chatId);
    if (!limit || limit.times <= 0) return null;
    if (limit.after && limit.after > 0) {
      limit.after -= 1;
      return null;
    }
    limit.times -= 1;
    return limit;
  }

  byUuid(uuid: string | undefined): StoredMessage | undefined {
    if (!uuid) return undefined;
    const seen = this.uuids.get(uuid);
    if (!seen || this.now() - seen.at > UUID_WINDOW_MS) return undefined;
    return this.find(seen.messageId);
  }

  find(messageId: string): StoredMessage | undefined {
    return this.messages.find((m) => m.message_id === messageId);
  }

  store(input: {
    chatId: string;
    msgType: string;
    content: string;
    uuid?: string;
    parent?: StoredMessage;
    inThread?: boolean;
    ephemeralTo?: string;
  }): StoredMessage {
    const time = String(this.now());
    const parent = input.parent;
    const root = parent ? (parent.root_id ?? parent.message_id) : undefined;
    const message: StoredMessage = {
      message_id: id('om'),
      chat_id: input.chatId,
      msg_type: input.msgType,
      content: input.content,
      ...(parent ? { root_id: root, parent_id: parent.message_id } : {}),
      ...(parent && input.inThread ? { thread_id: parent.thread_id ?? `omt_${root}` } : {}),
      ...(input.uuid ? { uuid: input.uuid } : {}),
      ...(input.ephemeralTo ? { ephemeral_to: input.ephemeralTo } : {}),
      create_time: time,
      update_time: time,
      updated: false,
    };
    if (parent && input.inThread && !parent.thread_id) parent.thread_id = message.thread_id;
    this.messages.push(message);
    if (input.uuid) this.uuids.set(input.uuid, { messageId: message.message_id, at: this.now() });
    return message;
  }

  newFileKey(): string {
    return id('file');
  }
}
