import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, redactUrl } from '../../../src/logger.js';

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, logger: createLogger({ level: 'info', pretty: false, destination }) };
}

describe('logging', () => {
  it('never writes secrets, wherever they sit in the logged object', () => {
    const { lines, logger } = capture();
    logger.info(
      {
        token: 'xoxb-123',
        slack: { secret: 'signing-secret', token: 'xapp-1' },
        headers: { authorization: 'Bearer abc' },
      },
      'connected',
    );
    const text = lines.join('');
    for (const secret of ['xoxb-123', 'signing-secret', 'xapp-1', 'Bearer abc'])
      expect(text).not.toContain(secret);
    expect(text).toContain('[redacted]');
    expect(text).toContain('connected');
  });

  it('shows a database URL without its password', () => {
    expect(redactUrl('postgres://duebot:s3cret@db:5432/duebot')).toBe(
      'postgres://duebot:[redacted]@db:5432/duebot',
    );
    expect(redactUrl('postgres://db:5432/duebot')).toBe('postgres://db:5432/duebot');
  });
});
