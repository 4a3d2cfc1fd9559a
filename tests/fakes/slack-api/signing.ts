import { createHmac } from 'node:crypto';
import { request } from 'node:http';

/** How Slack encodes each kind of request it sends to an app. */
export type InboundBody =
  | { kind: 'command'; fields: Record<string, string> }
  | { kind: 'interactive'; payload: Record<string, unknown> }
  | { kind: 'event'; json: Record<string, unknown> }
  /** Any body at all, signed as Slack would sign it (malformed payloads). */
  | { kind: 'raw'; raw: string; contentType: string };

export interface SignOptions {
  /** Seconds since the epoch; real time unless a test wants a stale request. */
  timestamp?: number;
  /** Signs with this secret instead (a forged request). */
  secret?: string;
  /** Headers Slack adds, such as `x-slack-retry-num` on a redelivery. */
  headers?: Record<string, string>;
}

/** `v0=` + HMAC-SHA256 over `v0:{timestamp}:{raw body}`, exactly as Slack signs requests. */
export function slackSignature(secret: string, timestamp: number, rawBody: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${rawBody}`).digest('hex')}`;
}

/** The raw body and content type Slack would send: form-encoded for commands and interactivity. */
export function encodeBody(body: InboundBody): { raw: string; contentType: string } {
  if (body.kind === 'raw') return { raw: body.raw, contentType: body.contentType };
  if (body.kind === 'command')
    return {
      raw: new URLSearchParams(body.fields).toString(),
      contentType: 'application/x-www-form-urlencoded',
    };
  if (body.kind === 'interactive')
    return {
      raw: new URLSearchParams({ payload: JSON.stringify(body.payload) }).toString(),
      contentType: 'application/x-www-form-urlencoded',
    };
  return { raw: JSON.stringify(body.json), contentType: 'application/json' };
}

/** Headers of a signed request, as Slack sends them. */
export function signedHeaders(
  secret: string,
  raw: string,
  contentType: string,
  options: SignOptions = {},
): Record<string, string> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  return {
    'content-type': contentType,
    'content-length': String(Buffer.byteLength(raw)),
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': slackSignature(options.secret ?? secret, timestamp, raw),
    'user-agent': 'Slackbot 1.0 (+https://api.slack.com/robots)',
    ...options.headers,
  };
}

export interface InboundAnswer {
  status: number;
  body: string;
  /** The body read as JSON, when it is JSON. */
  json: Record<string, unknown> | null;
}

/** Sends one signed request to the app (e.g. http://127.0.0.1:PORT/slack/events) and reads the answer. */
export function sendToApp(
  url: string,
  secret: string,
  body: InboundBody,
  options: SignOptions & { agent?: import('node:http').Agent } = {},
): Promise<InboundAnswer> {
  const { raw, contentType } = encodeBody(body);
  const headers = signedHeaders(secret, raw, contentType, options);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', headers, ...(options.agent ? { agent: options.agent } : {}) },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: Record<string, unknown> | null = null;
          try {
            json = text ? (JSON.parse(text) as Record<string, unknown>) : null;
          } catch {
            json = null;
          }
          resolve({ status: res.statusCode ?? 0, body: text, json });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(raw);
  });
}
