import type { IncomingHttpHeaders } from 'node:http';
import { createDecryptor, larkSignature, sameSignature } from './crypto.js';

/** How far a request's timestamp may be from our clock, either way. */
export const FRESHNESS_MS = 5 * 60_000;

export type Payload = Record<string, unknown>;

export type Verdict =
  | { kind: 'challenge'; challenge: string }
  | { kind: 'callback'; payload: Payload; nonce: string }
  | { kind: 'rejected'; reason: string }
  /** Correctly signed, but not a JSON object once opened (a body of `null`, say). */
  | { kind: 'malformed'; reason: string };

const isObject = (v: unknown): v is Payload => typeof v === 'object' && v !== null && !Array.isArray(v);

const header = (headers: IncomingHttpHeaders, name: string): string | undefined => {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/**
 * Checks an HTTP callback before anything reads it: signature over the raw body, timestamp within
 * five minutes of our clock, verification token where the payload carries one. The URL check Lark
 * sends when the address is configured is unsigned; it is trusted only if it opens with our key.
 */
export class CallbackVerifier {
  private readonly decrypt: (encrypt: string) => string;

  constructor(
    private readonly encryptKey: string,
    private readonly verificationToken: string | null,
  ) {
    this.decrypt = createDecryptor(encryptKey);
  }

  verify(headers: IncomingHttpHeaders, body: Buffer, now: Date): Verdict {
    let outer: Payload;
    try {
      outer = JSON.parse(body.toString('utf8')) as Payload;
    } catch {
      return { kind: 'rejected', reason: 'body is not JSON' };
    }
    const timestamp = header(headers, 'x-lark-request-timestamp');
    const nonce = header(headers, 'x-lark-request-nonce');
    const signature = header(headers, 'x-lark-signature');
    const signed = timestamp !== undefined && nonce !== undefined && signature !== undefined;
    if (signed) {
      const seconds = Number(timestamp);
      if (!Number.isFinite(seconds) || Math.abs(now.getTime() - seconds * 1000) > FRESHNESS_MS)
        return { kind: 'rejected', reason: 'timestamp outside the five-minute window' };
      if (!sameSignature(larkSignature(timestamp, nonce, this.encryptKey, body), signature))
        return { kind: 'rejected', reason: 'bad signature' };
    }
    if (!isObject(outer))
      return signed
        ? { kind: 'malformed', reason: 'the body is not a JSON object' }
        : { kind: 'rejected', reason: 'body is not a JSON object' };
    let payload: Payload;
    try {
      payload =
        typeof outer.encrypt === 'string' ? (JSON.parse(this.decrypt(outer.encrypt)) as Payload) : outer;
    } catch {
      return { kind: 'rejected', reason: 'body does not open with the encrypt key' };
    }
    if (!isObject(payload))
      return signed
        ? { kind: 'malformed', reason: 'the body is not a JSON object' }
        : { kind: 'rejected', reason: 'unsigned request' };
    if (!this.tokenMatches(payload)) return { kind: 'rejected', reason: 'wrong verification token' };
    if (payload.type === 'url_verification') {
      if (typeof outer.encrypt !== 'string' && !signed)
        return { kind: 'rejected', reason: 'unencrypted URL check' };
      return { kind: 'challenge', challenge: String(payload.challenge ?? '') };
    }
    if (!signed) return { kind: 'rejected', reason: 'unsigned request' };
    return { kind: 'callback', payload, nonce };
  }

  /** Schema 2.0 carries the token in `header.token`, older payloads at the top. */
  private tokenMatches(payload: Payload): boolean {
    if (this.verificationToken === null) return true;
    const inHeader = (payload.header as Payload | undefined)?.token;
    const token = inHeader ?? payload.token;
    return token === undefined || token === this.verificationToken;
  }
}
