import path from 'node:path';
import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const postgresUrl = z
  .string()
  .trim()
  .refine((v) => /^postgres(ql)?:\/\/[^\s]+$/.test(v), {
    message: 'must be a PostgreSQL URL such as postgres://user:password@host:5432/duebot',
  });

const EnvSchema = z.object({
  DATABASE_URL: postgresUrl.optional(),
  DUEBOT_DATA_DIR: z.string().trim().min(1, 'must not be empty').default('./data'),
  DUEBOT_DEMO: z.enum(['auto', 'on', 'off'], { message: 'must be auto, on or off' }).default('auto'),
  LOG_LEVEL: z.enum(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  PORT: z.coerce
    .number({ message: 'must be a port number such as 3000' })
    .int('must be a whole port number such as 3000')
    .min(0, 'must be between 0 and 65535')
    .max(65535, 'must be between 0 and 65535')
    .default(3000),
  HOST: z.string().trim().min(1, 'must not be empty').default('127.0.0.1'),
});

/** Validated, frozen settings for one process; tests build their own with `buildConfig`. */
export interface Config {
  readonly database:
    | { readonly kind: 'postgres'; readonly url: string }
    | { readonly kind: 'pglite'; readonly dataDir: string };
  readonly demo: 'auto' | 'on' | 'off';
  readonly logLevel: (typeof LOG_LEVELS)[number];
  /** Where the local web sandbox listens. */
  readonly http: { readonly port: number; readonly host: string };
}

/** Raised with one line per missing or malformed variable. */
export class ConfigError extends Error {
  readonly problems: readonly string[];

  constructor(problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

/** Reads and validates the environment once; the result is frozen and passed in everywhere. */
export function loadConfig(env: Record<string, string | undefined>, cwd = process.cwd()): Config {
  // Empty strings in .env files mean "not set", not "set to nothing".
  const cleaned = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''),
  );
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = issue.path.join('.') || '(environment)';
      return `${name} ${issue.message}`;
    });
    throw new ConfigError(problems);
  }
  const e = parsed.data;
  return buildConfig({
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL }
      : { kind: 'pglite', dataDir: path.resolve(cwd, e.DUEBOT_DATA_DIR) },
    demo: e.DUEBOT_DEMO,
    logLevel: e.LOG_LEVEL,
    http: { port: e.PORT, host: e.HOST },
  });
}

/** Freezes a config object built by hand (tests, scripts). */
export function buildConfig(config: Config): Config {
  return Object.freeze({
    ...config,
    database: Object.freeze({ ...config.database }),
    http: Object.freeze({ ...config.http }),
  });
}

/** True when demo data should be seeded into an empty database. */
export function shouldSeedDemo(config: Config): boolean {
  return config.demo === 'on' || (config.demo === 'auto' && config.database.kind === 'pglite');
}
