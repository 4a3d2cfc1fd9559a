import { LogLevel, type Logger as SlackLogger } from '@slack/bolt';
import type { Logger } from '../../src/logger.js';

function line(parts: unknown[]): string {
  return parts
    .map((p) => (typeof p === 'string' ? p : p instanceof Error ? p.message : JSON.stringify(p)))
    .join(' ');
}

/** Bolt and the Slack clients log through Duebot's logger (with its redaction), tagged `slack`. */
export function slackLogger(logger: Logger): SlackLogger {
  const log = logger.child({ platform: 'slack' });
  let level = LogLevel.INFO;
  let name = 'slack';
  return {
    debug: (...m: unknown[]) => log.debug({ from: name }, line(m)),
    info: (...m: unknown[]) => log.info({ from: name }, line(m)),
    warn: (...m: unknown[]) => log.warn({ from: name }, line(m)),
    error: (...m: unknown[]) => log.error({ from: name }, line(m)),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: (n: string) => {
      name = n;
    },
  };
}
