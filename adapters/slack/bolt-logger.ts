import { LogLevel, type Logger as SlackLogger } from '@slack/bolt';
import type { Logger } from '../../src/logger.js';

function line(parts: unknown[]): string {
  return parts
    .map((p) => (typeof p === 'string' ? p : p instanceof Error ? p.message : JSON.stringify(p)))
    .join(' ');
}

/** The Slack SDKs' level matching the process logger's, so their own level checks skip what we would drop. */
function levelOf(logger: Logger): LogLevel {
  if (logger.isLevelEnabled('debug')) return LogLevel.DEBUG;
  if (logger.isLevelEnabled('info')) return LogLevel.INFO;
  if (logger.isLevelEnabled('warn')) return LogLevel.WARN;
  return LogLevel.ERROR;
}

/**
 * Bolt and the Slack clients log through Duebot's logger (with its redaction), tagged `slack`.
 * The process logger's level decides; a line below it is not even formatted.
 */
export function slackLogger(logger: Logger): SlackLogger {
  const log = logger.child({ platform: 'slack' });
  let name = 'slack';
  const at =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...m: unknown[]) => {
      if (log.isLevelEnabled(level)) log[level]({ from: name }, line(m));
    };
  return {
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    // The SDKs ask for their default level; the process logger's level stays in charge.
    setLevel: () => {},
    getLevel: () => levelOf(log),
    setName: (n: string) => {
      name = n;
    },
  };
}
