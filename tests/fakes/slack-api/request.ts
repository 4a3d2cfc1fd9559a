import type { IncomingMessage } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import { type Args, SlackFailure } from './workspace.js';

/** Arguments the SDK sends JSON-encoded inside a form body. */
const JSON_ARGS = ['blocks', 'attachments', 'metadata', 'view', 'files'];

/** Reads a request body whole. */
export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A Web API call's arguments from a JSON or form-encoded body, as the SDK may send either. */
export function parseArgs(req: IncomingMessage, raw: Buffer): Args {
  const type = req.headers['content-type'] ?? '';
  if (type.startsWith('application/json'))
    return raw.length ? (JSON.parse(raw.toString('utf8')) as Args) : {};
  const args: Args = { ...parseQuery(raw.toString('utf8')) };
  for (const key of JSON_ARGS) {
    const value = args[key];
    if (typeof value === 'string') {
      try {
        args[key] = JSON.parse(value);
      } catch {
        throw new SlackFailure('invalid_arguments', `${key} is not valid JSON`);
      }
    }
  }
  return args;
}

/** The upload URL takes raw bytes or, as the SDK sends them, a multipart form with one file. */
export async function uploadedBytes(req: IncomingMessage, raw: Buffer): Promise<Buffer> {
  const type = req.headers['content-type'] ?? '';
  if (!type.startsWith('multipart/form-data')) return raw;
  const form = await new Response(raw, { headers: { 'content-type': type } }).formData();
  const part = [...form.values()].find((v) => typeof v !== 'string') as Blob | undefined;
  return part ? Buffer.from(await part.arrayBuffer()) : Buffer.alloc(0);
}
