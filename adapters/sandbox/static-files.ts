import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';

const PUBLIC_DIR = new URL('./public/', import.meta.url);

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

/** The page only runs its own scripts and styles and only talks to this server. */
const SECURITY_HEADERS = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** Maps a request path to a file of the page, or null; only plain names in `public/` are served. */
export function publicFileFor(pathname: string): string | null {
  if (pathname === '/' || pathname === '/index.html') return 'index.html';
  const match = /^\/static\/([a-z][a-z0-9-]*\.(?:js|css))$/.exec(pathname);
  return match?.[1] ?? null;
}

/** Sends a file of the page; false when there is no such file. */
export async function servePublicFile(res: ServerResponse, name: string): Promise<boolean> {
  let body: Buffer;
  try {
    body = await readFile(new URL(name, PUBLIC_DIR));
  } catch {
    return false;
  }
  const extension = name.slice(name.lastIndexOf('.') + 1);
  res.writeHead(200, {
    'Content-Type': TYPES[extension] ?? 'application/octet-stream',
    'Content-Length': body.length,
    'Cache-Control': 'no-cache',
    ...SECURITY_HEADERS,
  });
  res.end(body);
  return true;
}

/** `Content-Disposition` for a download: an ASCII fallback plus the exact UTF-8 name (RFC 6266). */
export function attachmentHeader(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
