import { createDecipheriv, createHash, timingSafeEqual } from 'node:crypto';

/** Lark's request signature: hex sha256 of timestamp + nonce + encrypt key + the raw body. */
export function larkSignature(timestamp: string, nonce: string, encryptKey: string, body: Buffer): string {
  return createHash('sha256').update(`${timestamp}${nonce}${encryptKey}`).update(body).digest('hex');
}

/** Compares two hex signatures in constant time. */
export function sameSignature(expected: string, given: string): boolean {
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(given, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Opens an `encrypt` body: AES-256-CBC with key sha256(encryptKey), the IV in its first 16 bytes,
 * base64. Throws on anything that is not exactly that.
 */
export function createDecryptor(encryptKey: string): (encrypt: string) => string {
  const key = createHash('sha256').update(encryptKey).digest();
  return (encrypt) => {
    const bytes = Buffer.from(encrypt, 'base64');
    if (bytes.length < 32 || bytes.length % 16 !== 0) throw new Error('not an encrypted Lark body');
    const decipher = createDecipheriv('aes-256-cbc', key, bytes.subarray(0, 16));
    return Buffer.concat([decipher.update(bytes.subarray(16)), decipher.final()]).toString('utf8');
  };
}
