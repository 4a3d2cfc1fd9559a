import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';

/** An answer other than 200, with a message meant for the person at the page. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

const MAX_BODY_BYTES = 1_000_000;

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

/**
 * Reads a JSON body. Only `application/json` is accepted: a browser cannot send that cross-site
 * without asking first, so another web page cannot act in the sandbox through a plain form post.
 */
export async function readJson(req: IncomingMessage): Promise<unknown> {
  const type = req.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(type)) throw new HttpError(415, 'send the request as application/json');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'the request body is larger than 1 MB');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') throw new HttpError(400, 'the request body is empty; send a JSON object');
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'the request body is not valid JSON');
  }
}

/** Validates input, turning the first problems into one readable 400 message. */
export function parseWith<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.slice(0, 3).map((issue) => {
    const where = issue.path.length > 0 ? issue.path.join('.') : 'body';
    return `${where}: ${issue.message}`;
  });
  throw new HttpError(400, `invalid request: ${problems.join('; ')}`);
}

/**
 * Reads a file sent as `application/octet-stream` (which, like JSON, a browser does not send
 * cross-site without asking first). Past `limit` bytes it only counts, so the app can say how
 * large the file was; the bytes are then null.
 */
export async function readUpload(
  req: IncomingMessage,
  limit: number,
): Promise<{ size: number; content: Buffer | null }> {
  const type = req.headers['content-type'] ?? '';
  if (!/^application\/octet-stream\b/i.test(type))
    throw new HttpError(415, 'send the file as application/octet-stream');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size <= limit) chunks.push(chunk as Buffer);
  }
  return { size, content: size <= limit ? Buffer.concat(chunks) : null };
}
