import { blocksProblem, viewProblem } from './validate.js';

/** A message as the emulator keeps it, shaped like Slack's message objects. */
export interface StoredMessage {
  channel: string;
  ts: string;
  thread_ts?: string;
  text: string;
  blocks?: unknown[];
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
  files?: { id: string; name: string; title: string; size: number }[];
  user: string;
  bot_id: string;
}

export interface SlackUser {
  id: string;
  name: string;
  email?: string;
}

export type Args = Record<string, unknown>;
export type Answer = Record<string, unknown>;

/** A Slack API failure answered as `{ ok: false, error }`. */
export class SlackFailure extends Error {
  constructor(
    readonly error: string,
    readonly detail?: string,
  ) {
    super(error);
  }
}

const BOT_USER = 'UBOT000001';
const BOT_ID = 'BBOT000001';

/** The state of one fake workspace: channels, users, messages and uploaded files. */
export class Workspace {
  readonly messages: StoredMessage[] = [];
  readonly uploads = new Map<string, { name: string; bytes: number; content?: Buffer }>();
  readonly views: Args[] = [];
  readonly ephemerals: Args[] = [];
  private clock = Math.floor(Date.parse('2026-11-23T00:00:00Z') / 1000);
  private seq = 0;
  /** Trigger ids handed out with interactions, by when (real time) they were issued. */
  private readonly triggers = new Map<string, number>();
  /** How long a trigger id opens a view; Slack's is three seconds, tests may shorten it. */
  triggerTtlMs = 3_000;

  constructor(
    readonly channels: Set<string>,
    readonly users: SlackUser[],
  ) {}

  /** The next message timestamp; strictly increasing like Slack's. */
  nextTs(): string {
    this.seq++;
    return `${this.clock + this.seq}.${String(this.seq).padStart(6, '0')}`;
  }

  /** A channel id, a DM channel id, or a user id (Slack opens the DM); anything else is unknown. */
  channel(id: unknown): string {
    if (typeof id !== 'string' || id === '') throw new SlackFailure('channel_not_found');
    if (this.channels.has(id)) return id;
    const user = this.users.find((u) => u.id === id || `D${u.id}` === id);
    if (user) return `D${user.id}`;
    throw new SlackFailure('channel_not_found');
  }

  find(channel: string, ts: unknown): StoredMessage {
    const found = this.messages.find((m) => m.channel === channel && m.ts === ts);
    if (!found) throw new SlackFailure('message_not_found');
    return found;
  }

  postMessage(args: Args): Answer {
    const channel = this.channel(args.channel);
    if (!args.text && !args.blocks) throw new SlackFailure('no_text');
    const problem = blocksProblem(args.blocks, 'message');
    if (problem) throw new SlackFailure('invalid_blocks', problem);
    const thread =
      typeof args.thread_ts === 'string' && args.thread_ts ? this.find(channel, args.thread_ts) : undefined;
    const message: StoredMessage = {
      channel,
      ts: this.nextTs(),
      ...(thread ? { thread_ts: thread.thread_ts ?? thread.ts } : {}),
      text: String(args.text ?? ''),
      ...(args.blocks ? { blocks: args.blocks as unknown[] } : {}),
      ...(args.metadata ? { metadata: args.metadata as StoredMessage['metadata'] } : {}),
      user: BOT_USER,
      bot_id: BOT_ID,
    };
    this.messages.push(message);
    return { channel, ts: message.ts, message };
  }

  update(args: Args): Answer {
    const channel = this.channel(args.channel);
    const message = this.find(channel, args.ts);
    const problem = blocksProblem(args.blocks, 'message');
    if (problem) throw new SlackFailure('invalid_blocks', problem);
    if (args.text !== undefined) message.text = String(args.text);
    if (args.blocks !== undefined) message.blocks = args.blocks as unknown[];
    if (args.metadata !== undefined) message.metadata = args.metadata as StoredMessage['metadata'];
    return { channel, ts: message.ts, text: message.text };
  }

  remove(args: Args): Answer {
    const channel = this.channel(args.channel);
    const message = this.find(channel, args.ts);
    this.messages.splice(this.messages.indexOf(message), 1);
    return { channel, ts: message.ts };
  }

  postEphemeral(args: Args): Answer {
    const channel = this.channel(args.channel);
    if (!this.users.some((u) => u.id === args.user)) throw new SlackFailure('user_not_in_channel');
    const problem = blocksProblem(args.blocks, 'message');
    if (problem) throw new SlackFailure('invalid_blocks', problem);
    this.ephemerals.push({ ...args, channel });
    return { message_ts: this.nextTs() };
  }

  /** A trigger id as Slack sends with a button click or command: usable once, for three seconds. */
  issueTrigger(): string {
    const id = `${this.triggers.size + 1}.${Date.now()}.${Math.random().toString(16).slice(2, 10)}`;
    this.triggers.set(id, Date.now());
    return id;
  }

  openView(args: Args): Answer {
    if (typeof args.trigger_id !== 'string' || !args.trigger_id) throw new SlackFailure('invalid_trigger_id');
    const problem = viewProblem(args.view);
    if (problem) throw new SlackFailure('invalid_arguments', problem);
    const issued = this.triggers.get(args.trigger_id);
    if (issued === undefined) throw new SlackFailure('invalid_trigger_id');
    this.triggers.delete(args.trigger_id);
    if (Date.now() - issued > this.triggerTtlMs) throw new SlackFailure('expired_trigger_id');
    const view = { id: `V${this.views.length + 1}`, ...(args.view as Args) };
    this.views.push(view);
    return { view };
  }

  user(args: Args): Answer {
    const user = this.users.find((u) =>
      args.email !== undefined ? u.email === args.email : u.id === args.user,
    );
    if (!user) throw new SlackFailure(args.email !== undefined ? 'users_not_found' : 'user_not_found');
    return { user: { id: user.id, name: user.name, profile: { email: user.email, real_name: user.name } } };
  }

  history(args: Args): Answer {
    const channel = this.channel(args.channel);
    const roots = this.messages.filter((m) => m.channel === channel && !m.thread_ts).reverse();
    return this.page(roots, args, channel);
  }

  replies(args: Args): Answer {
    const channel = this.channel(args.channel);
    // Slack answers a reply's ts with the whole thread it belongs to, root first.
    const asked = this.find(channel, args.ts);
    const root = asked.thread_ts ? this.find(channel, asked.thread_ts) : asked;
    const thread = [root, ...this.messages.filter((m) => m.channel === channel && m.thread_ts === root.ts)];
    return this.page(thread, args, channel);
  }

  /** One page of `list`: `limit` (Slack's default 100, at most 999) from the opaque `cursor` on. */
  private page(list: StoredMessage[], args: Args, channel: string): Answer {
    const limit = Math.min(Number(args.limit ?? 100) || 100, 999);
    const start = Number(args.cursor ?? 0) || 0;
    const withMeta = args.include_all_metadata === true || args.include_all_metadata === 'true';
    const shown = list.slice(start, start + limit).map((m) => {
      const replyCount = this.messages.filter((r) => r.channel === channel && r.thread_ts === m.ts).length;
      const { metadata, channel: _c, ...rest } = m;
      return {
        type: 'message',
        ...rest,
        ...(replyCount ? { reply_count: replyCount } : {}),
        ...(withMeta && metadata ? { metadata } : {}),
      };
    });
    const more = start + limit < list.length;
    return {
      messages: shown,
      has_more: more,
      response_metadata: { next_cursor: more ? String(start + limit) : '' },
    };
  }

  completeUpload(args: Args): Answer {
    const channel = this.channel(args.channel_id);
    const files = (args.files as { id: string; title?: string }[] | undefined) ?? [];
    if (files.length === 0) throw new SlackFailure('invalid_arguments', 'files is required');
    const shared = files.map((f) => {
      const upload = this.uploads.get(f.id);
      if (!upload || upload.bytes === 0) throw new SlackFailure('file_not_found');
      return { id: f.id, name: upload.name, title: f.title ?? upload.name, size: upload.bytes };
    });
    const thread =
      typeof args.thread_ts === 'string' && args.thread_ts ? this.find(channel, args.thread_ts) : undefined;
    this.messages.push({
      channel,
      ts: this.nextTs(),
      ...(thread ? { thread_ts: thread.thread_ts ?? thread.ts } : {}),
      text: String(args.initial_comment ?? ''),
      files: shared,
      user: BOT_USER,
      bot_id: BOT_ID,
    });
    return { files: shared.map(({ id, title }) => ({ id, title })) };
  }
}

export { BOT_ID, BOT_USER };
