import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { parseYaml, type Yaml } from '../../helpers/mini-yaml.js';

type Service = {
  image: string;
  environment: Record<string, string>;
  healthcheck: { test: string[] };
  depends_on: Record<string, { condition: string }>;
};

const compose = parseYaml(readFileSync(join(import.meta.dirname, '../../../docker-compose.yml'), 'utf8')) as {
  services: Record<string, Service>;
} & Record<string, Yaml>;

/** Compose's own interpolation of `${NAME}`, `${NAME:-default}` and `${NAME:?error}` from `env`. */
function interpolate(value: string, env: Record<string, string>): string {
  return value.replace(/\$\{(\w+)(?::([-?])([^}]*))?\}/g, (_m, name: string, op?: string, rest?: string) => {
    const set = env[name];
    if (set !== undefined && set !== '') return set;
    if (op === '?') throw new Error(`${name} is required: ${rest}`);
    return op === '-' ? (rest ?? '') : '';
  });
}

const duebots = Object.entries(compose.services).filter(([name]) => name.startsWith('duebot'));

describe('the docker-compose production shape', () => {
  it('runs PostgreSQL 16 with a readiness check, and two Duebot replicas waiting for it', () => {
    const pg = compose.services.postgres as Service;
    expect(pg.image).toBe('postgres:16');
    expect(pg.healthcheck.test.join(' ')).toContain('pg_isready');
    expect(duebots).toHaveLength(2);
    for (const [, service] of duebots) expect(service.depends_on.postgres?.condition).toBe('service_healthy');
  });

  it('points both replicas at the same database, and each settles its health on /healthz', () => {
    const env = {
      POSTGRES_PASSWORD: 's3cret',
      SLACK_BOT_TOKEN: 'xoxb-1-2-abc',
      SLACK_SIGNING_SECRET: 'abcdefgh12',
    };
    const urls = new Set<string>();
    for (const [, service] of duebots) {
      const resolved = Object.fromEntries(
        Object.entries(service.environment).map(([k, v]) => [k, interpolate(String(v), env)]),
      );
      const config = loadConfig(resolved);
      expect(config.database).toEqual({
        kind: 'postgres',
        url: 'postgres://duebot:s3cret@postgres:5432/duebot',
      });
      expect(config.sandbox).toBe(false);
      expect(config.demo).toBe('off');
      expect(config.http.host).toBe('0.0.0.0');
      urls.add(resolved.DATABASE_URL ?? '');
      expect(service.healthcheck.test.join(' ')).toContain("fetch('http://127.0.0.1:3000/healthz')");
    }
    expect(urls.size).toBe(1);
  });
});
