import { type Logger, pino } from 'pino';

export type { Logger };

/** Paths whose values never reach a log line, wherever they appear in a logged object. */
export const REDACT_PATHS = [
  'password',
  'token',
  'secret',
  'authorization',
  'databaseUrl',
  'url',
  '*.password',
  '*.token',
  '*.secret',
  '*.authorization',
  '*.databaseUrl',
  '*.url',
  'headers.authorization',
  'req.headers.authorization',
  'config.database.url',
];

/** Creates the process logger: JSON lines, pretty when a person is watching a terminal. */
export function createLogger(options: {
  level: string;
  pretty?: boolean;
  destination?: NodeJS.WritableStream;
}): Logger {
  const pretty = options.pretty ?? (process.stdout.isTTY === true && !options.destination);
  const base = { level: options.level, redact: { paths: REDACT_PATHS, censor: '[redacted]' } };
  if (pretty) {
    return pino({
      ...base,
      transport: { target: 'pino-pretty', options: { colorize: true, ignore: 'pid,hostname' } },
    });
  }
  return options.destination ? pino(base, options.destination as pino.DestinationStream) : pino(base);
}

/** Hides the password of a connection URL so the rest of it can be shown. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):([^@]*)@/, '//$1:[redacted]@');
}
