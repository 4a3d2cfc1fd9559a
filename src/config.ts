import path from 'node:path';
import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const postgresUrl = z
  .string()
  .trim()
  .refine((v) => /^postgres(ql)?:\/\/[^\s]+$/.test(v), {
    message: 'must be a PostgreSQL URL such as postgres://user:password@host:5432/duebot',
  });

const httpUrl = z
  .string()
  .trim()
  .refine((v) => /^https?:\/\/[^\s]+$/.test(v), { message: 'must be an http(s) URL' })
  .transform((v) => (v.endsWith('/') ? v : `${v}/`));

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
  SANDBOX: z.enum(['auto', 'on', 'off'], { message: 'must be auto, on or off' }).default('auto'),
  SLACK_BOT_TOKEN: z
    .string()
    .trim()
    .startsWith('xoxb-', 'must be a bot token starting with xoxb-')
    .optional(),
  SLACK_SIGNING_SECRET: z.string().trim().min(8, 'must be the signing secret from the app page').optional(),
  SLACK_APP_TOKEN: z
    .string()
    .trim()
    .startsWith('xapp-', 'must be an app-level token starting with xapp-')
    .optional(),
  SLACK_API_URL: httpUrl.default('https://slack.com/api/'),
  LARK_APP_ID: z.string().trim().startsWith('cli_', 'must be an app id starting with cli_').optional(),
  LARK_APP_SECRET: z.string().trim().min(8, 'must be the app secret from the developer console').optional(),
  LARK_DOMAIN: z
    .string()
    .trim()
    .refine((v) => v === 'feishu' || v === 'lark' || /^https?:\/\/[^\s]+$/.test(v), {
      message: 'must be feishu, lark or a base URL such as https://open.feishu.cn',
    })
    .default('feishu'),
  LARK_CONNECTION: z.enum(['http', 'ws'], { message: 'must be http or ws' }).default('http'),
  LARK_ENCRYPT_KEY: z.string().trim().min(1).optional(),
  LARK_VERIFICATION_TOKEN: z.string().trim().min(1).optional(),
});

/** Slack app settings; present only when a bot token is configured. */
export interface SlackConfig {
  readonly botToken: string;
  /** Verifies HTTP requests; not needed in Socket Mode. */
  readonly signingSecret: string | null;
  /** Socket Mode when set (xapp-…), HTTP at /slack/events otherwise. */
  readonly appToken: string | null;
  /** Web API base for every client the app makes, ending with a slash. */
  readonly apiUrl: string;
}

/** Feishu/Lark app settings; present only when an app id is configured. */
export interface LarkConfig {
  readonly appId: string;
  readonly appSecret: string;
  /** 'feishu', 'lark' or a base URL (proxies, the tests' emulator). */
  readonly domain: string;
  /** HTTP callbacks at /lark/events and /lark/cards, or the SDK's long connection. */
  readonly connection: 'http' | 'ws';
  readonly encryptKey: string | null;
  readonly verificationToken: string | null;
}

/** Validated, frozen settings for one process; tests build their own with `buildConfig`. */
export interface Config {
  readonly database:
    | { readonly kind: 'postgres'; readonly url: string }
    | { readonly kind: 'pglite'; readonly dataDir: string };
  readonly demo: 'auto' | 'on' | 'off';
  readonly logLevel: (typeof LOG_LEVELS)[number];
  /** Where the local web sandbox listens. */
  readonly http: { readonly port: number; readonly host: string };
  readonly slack: SlackConfig | null;
  readonly lark: LarkConfig | null;
  /** The local web workspace: on by default only when no chat platform is configured. */
  readonly sandbox: boolean;
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
  const problems = platformProblems(e);
  if (problems.length > 0) throw new ConfigError(problems);
  const slack: SlackConfig | null = e.SLACK_BOT_TOKEN
    ? {
        botToken: e.SLACK_BOT_TOKEN,
        signingSecret: e.SLACK_SIGNING_SECRET ?? null,
        appToken: e.SLACK_APP_TOKEN ?? null,
        apiUrl: e.SLACK_API_URL,
      }
    : null;
  const lark: LarkConfig | null =
    e.LARK_APP_ID && e.LARK_APP_SECRET
      ? {
          appId: e.LARK_APP_ID,
          appSecret: e.LARK_APP_SECRET,
          domain: e.LARK_DOMAIN,
          connection: e.LARK_CONNECTION,
          encryptKey: e.LARK_ENCRYPT_KEY ?? null,
          verificationToken: e.LARK_VERIFICATION_TOKEN ?? null,
        }
      : null;
  return buildConfig({
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL }
      : { kind: 'pglite', dataDir: path.resolve(cwd, e.DUEBOT_DATA_DIR) },
    demo: e.DUEBOT_DEMO,
    logLevel: e.LOG_LEVEL,
    http: { port: e.PORT, host: e.HOST },
    slack,
    lark,
    sandbox: e.SANDBOX === 'on' || (e.SANDBOX === 'auto' && !slack && !lark),
  });
}

/** Settings that only make sense together, named the way an admin would fix them. */
function platformProblems(e: z.infer<typeof EnvSchema>): string[] {
  const problems: string[] = [];
  if (e.SLACK_BOT_TOKEN && !e.SLACK_APP_TOKEN && !e.SLACK_SIGNING_SECRET)
    problems.push(
      'SLACK_SIGNING_SECRET is required to receive Slack requests over HTTP (or set SLACK_APP_TOKEN for Socket Mode)',
    );
  if (!e.SLACK_BOT_TOKEN && (e.SLACK_APP_TOKEN || e.SLACK_SIGNING_SECRET))
    problems.push('SLACK_BOT_TOKEN is required when other SLACK_ settings are given (xoxb-…)');
  if (e.LARK_APP_ID && !e.LARK_APP_SECRET) problems.push('LARK_APP_SECRET is required with LARK_APP_ID');
  if (!e.LARK_APP_ID && e.LARK_APP_SECRET) problems.push('LARK_APP_ID is required with LARK_APP_SECRET');
  if (e.LARK_APP_ID && e.LARK_CONNECTION === 'http' && !e.LARK_ENCRYPT_KEY)
    problems.push(
      'LARK_ENCRYPT_KEY is required for HTTP callbacks: set the Encrypt Key from the app\'s "Events and callbacks" page (or LARK_CONNECTION=ws)',
    );
  return problems;
}

/** Freezes a config object built by hand (tests, scripts). */
export function buildConfig(config: Config): Config {
  return Object.freeze({
    ...config,
    database: Object.freeze({ ...config.database }),
    http: Object.freeze({ ...config.http }),
    slack: config.slack ? Object.freeze({ ...config.slack }) : null,
    lark: config.lark ? Object.freeze({ ...config.lark }) : null,
  });
}

/** True when demo data should be seeded into an empty database. */
export function shouldSeedDemo(config: Config): boolean {
  return config.demo === 'on' || (config.demo === 'auto' && config.database.kind === 'pglite');
}
