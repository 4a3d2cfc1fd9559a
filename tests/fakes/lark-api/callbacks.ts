import { createCipheriv, createHash, randomBytes, randomUUID } from 'node:crypto';

export interface CallbackKeys {
  appId: string;
  encryptKey: string;
  verificationToken: string;
}

export interface SignOptions {
  /** Seconds since the epoch; defaults to `now()`. */
  timestamp?: number;
  nonce?: string;
  /** Send the payload in clear instead of as `{ encrypt }`. */
  plain?: boolean;
  /** Sign with this key instead of the app's (a forged request). */
  signWith?: string;
}

export interface SignedRequest {
  headers: Record<string, string>;
  body: string;
}

/** The open_id the emulated tenant gives Duebot's own bot, as it appears in @mentions. */
export const BOT_OPEN_ID = 'ou_duebot_bot';

/**
 * Builds inbound callbacks exactly as Feishu/Lark sends them: schema 2.0 envelopes, bodies
 * encrypted with AES-256-CBC under sha256(encryptKey) with a random IV in front, and the
 * X-Lark-Signature = sha256(timestamp + nonce + encryptKey + body) headers.
 */
export class LarkCallbacks {
  constructor(
    readonly keys: CallbackKeys,
    private readonly now: () => Date = () => new Date(),
    /** Issues the token of a card callback (the emulator's, so the card can be updated with it). */
    private readonly cardToken: (messageId: string) => string = () => `c-${randomBytes(8).toString('hex')}`,
  ) {}

  encrypt(payload: unknown): string {
    const key = createHash('sha256').update(this.keys.encryptKey).digest();
    const iv = randomBytes(16);
    const cipher = createCipheriv('aes-256-cbc', key, iv);
    const data = Buffer.concat([cipher.update(JSON.stringify(payload), 'utf8'), cipher.final()]);
    return Buffer.concat([iv, data]).toString('base64');
  }

  /** A schema 2.0 envelope around an event. */
  envelope(eventType: string, event: Record<string, unknown>, token = this.keys.verificationToken) {
    return {
      schema: '2.0',
      header: {
        event_id: randomUUID().replace(/-/g, ''),
        token,
        create_time: String(this.now().getTime()),
        event_type: eventType,
        tenant_key: 'tenant_emulated',
        app_id: this.keys.appId,
      },
      event,
    };
  }

  /** `im.message.receive_v1`: a text message, in a group (with the bot @mentioned first) or direct. */
  message(input: {
    openId: string;
    chatId: string;
    text: string;
    direct?: boolean;
    others?: { openId: string; name: string }[];
    messageId?: string;
  }) {
    const others = input.others ?? [];
    const mentions = [
      ...(input.direct
        ? []
        : [{ key: '@_user_1', id: { open_id: BOT_OPEN_ID }, name: 'Duebot', tenant_key: 'tenant_emulated' }]),
      ...others.map((o, i) => ({
        key: `@_user_${i + 2}`,
        id: { open_id: o.openId },
        name: o.name,
        tenant_key: 'tenant_emulated',
      })),
    ];
    let text = input.text;
    others.forEach((o, i) => {
      text = text.replace(`@${o.name}`, `@_user_${i + 2}`);
    });
    const messageId = input.messageId ?? `om_${randomBytes(12).toString('hex')}`;
    return {
      messageId,
      payload: this.envelope('im.message.receive_v1', {
        sender: { sender_id: { open_id: input.openId }, sender_type: 'user', tenant_key: 'tenant_emulated' },
        message: {
          message_id: messageId,
          chat_id: input.chatId,
          chat_type: input.direct ? 'p2p' : 'group',
          message_type: 'text',
          content: JSON.stringify({ text: input.direct ? text : `@_user_1 ${text}` }),
          mentions,
          create_time: String(this.now().getTime()),
        },
      }),
    };
  }

  /** `im.message.receive_v1`: a file someone sent to the bot in their direct chat. */
  fileMessage(input: { openId: string; chatId: string; messageId: string; content: string }) {
    return this.envelope('im.message.receive_v1', {
      sender: { sender_id: { open_id: input.openId }, sender_type: 'user', tenant_key: 'tenant_emulated' },
      message: {
        message_id: input.messageId,
        chat_id: input.chatId,
        chat_type: 'p2p',
        message_type: 'file',
        content: input.content,
        create_time: String(this.now().getTime()),
      },
    });
  }

  /** `card.action.trigger`: a button click, or a form submission with `formValue`. */
  cardAction(input: {
    openId: string;
    chatId: string;
    messageId: string;
    value: unknown;
    formValue?: Record<string, unknown>;
    name?: string;
  }) {
    return this.envelope('card.action.trigger', {
      operator: { tenant_key: 'tenant_emulated', open_id: input.openId },
      token: this.cardToken(input.messageId),
      action: {
        value: input.value,
        tag: 'button',
        ...(input.formValue ? { form_value: input.formValue, name: input.name ?? 'duebot_submit' } : {}),
      },
      host: 'im_message',
      context: { open_message_id: input.messageId, open_chat_id: input.chatId },
    });
  }

  /** The URL check sent when the request address is saved in the developer console (unsigned). */
  urlVerification(challenge: string) {
    return { challenge, token: this.keys.verificationToken, type: 'url_verification' };
  }

  /** The body and headers of one callback request. */
  sign(payload: unknown, options: SignOptions = {}): SignedRequest {
    const body = JSON.stringify(options.plain ? payload : { encrypt: this.encrypt(payload) });
    const timestamp = String(options.timestamp ?? Math.floor(this.now().getTime() / 1000));
    const nonce = options.nonce ?? randomBytes(8).toString('hex');
    const signature = createHash('sha256')
      .update(timestamp + nonce + (options.signWith ?? this.keys.encryptKey) + body)
      .digest('hex');
    return {
      body,
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'x-lark-request-timestamp': timestamp,
        'x-lark-request-nonce': nonce,
        'x-lark-signature': signature,
      },
    };
  }

  /** Posts a signed callback to Duebot and returns the HTTP status and JSON answer. */
  async post(
    url: string,
    payload: unknown,
    options: SignOptions = {},
  ): Promise<{ status: number; body: Record<string, unknown> }> {
    return this.send(url, this.sign(payload, options));
  }

  /** Posts an already built request (to send the very same one twice). */
  async send(
    url: string,
    request: SignedRequest,
  ): Promise<{ status: number; body: Record<string, unknown> }> {
    const res = await fetch(url, { method: 'POST', headers: request.headers, body: request.body });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  }
}
