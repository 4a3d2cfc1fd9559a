import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, shouldSeedDemo } from '../../../src/config.js';

describe('configuration from the environment', () => {
  it('needs nothing: embedded database in ./data with the demo company', () => {
    const config = loadConfig({}, '/srv/duebot');
    expect(config.database).toEqual({ kind: 'pglite', dataDir: path.resolve('/srv/duebot', 'data') });
    expect(shouldSeedDemo(config)).toBe(true);
    expect(config.logLevel).toBe('info');
  });

  it('uses PostgreSQL when DATABASE_URL is set, without seeding a demo into it', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://duebot:pw@db:5432/duebot' });
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://duebot:pw@db:5432/duebot' });
    expect(shouldSeedDemo(config)).toBe(false);
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ DATABASE_URL: '  ', LOG_LEVEL: '' }).database.kind).toBe('pglite');
  });

  it('names every malformed variable on its own line', () => {
    try {
      loadConfig({ DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud', DUEBOT_DEMO: 'maybe' });
      expect.unreachable('a bad environment must be refused');
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const problems = (err as ConfigError).problems;
      expect(problems).toHaveLength(3);
      expect(problems.find((p) => p.startsWith('DATABASE_URL'))).toMatch(/PostgreSQL URL/);
      expect(problems.find((p) => p.startsWith('LOG_LEVEL'))).toMatch(/info/);
      expect(problems.find((p) => p.startsWith('DUEBOT_DEMO'))).toMatch(/auto, on or off/);
    }
  });

  it('is frozen so no part of the program can change it', () => {
    const config = loadConfig({});
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.database)).toBe(true);
  });
});
