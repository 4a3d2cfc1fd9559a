import * as lark from '@larksuiteoapi/node-sdk';

export type LarkDomain = 'feishu' | 'lark' | (string & {});

export interface LarkClientOptions {
  appId: string;
  appSecret: string;
  /** 'feishu' (open.feishu.cn), 'lark' (open.larksuite.com) or a base URL such as a local emulator. */
  domain?: LarkDomain;
  /** Receives the SDK's own log lines; silent by default because the port reports failures itself. */
  logger?: { error: (...msg: unknown[]) => void; warn: (...msg: unknown[]) => void };
  /** How long one API call may take before it is given up as failed; shorter than the outbox claim. */
  timeoutMs?: number;
}

/** The SDK's HTTP instance with a request timeout on every call (the SDK sets none by itself). */
export function timedHttpInstance(timeout: number): lark.HttpInstance {
  const base = lark.defaultHttpInstance;
  // The SDK's interceptors unwrap axios responses, so the instance returns bodies as HttpInstance says.
  return {
    request: (opts) => base.request({ timeout, ...opts }),
    get: (url, opts) => base.get(url, { timeout, ...opts }),
    delete: (url, opts) => base.delete(url, { timeout, ...opts }),
    head: (url, opts) => base.head(url, { timeout, ...opts }),
    options: (url, opts) => base.options(url, { timeout, ...opts }),
    post: (url, data, opts) => base.post(url, data, { timeout, ...opts }),
    put: (url, data, opts) => base.put(url, data, { timeout, ...opts }),
    patch: (url, data, opts) => base.patch(url, data, { timeout, ...opts }),
  } as lark.HttpInstance;
}

/** Maps the configured domain onto what the SDK accepts: its enum for the two clouds, else the URL. */
export function sdkDomain(domain: LarkDomain = 'feishu'): lark.Domain | string {
  if (domain === 'feishu') return lark.Domain.Feishu;
  if (domain === 'lark') return lark.Domain.Lark;
  if (!/^https?:\/\/[^/]+/.test(domain))
    throw new Error(`LARK_DOMAIN must be feishu, lark or a base URL, not "${domain}"`);
  return domain.replace(/\/+$/, '');
}

/**
 * A token cache per client: the SDK's default cache is process-wide, keyed by app id only, so two
 * clients for the same app on different hosts (emulators in tests, Feishu and Lark) would share tokens.
 */
function tokenCache(): lark.Cache {
  const values = new Map<string, { value: unknown; expiresAt?: number }>();
  const keyOf = (key: string | symbol, namespace?: string) => `${namespace ?? ''}/${String(key)}`;
  return {
    async get(key, options) {
      const entry = values.get(keyOf(key as string | symbol, options?.namespace));
      if (!entry || (entry.expiresAt !== undefined && entry.expiresAt <= Date.now())) return undefined;
      return entry.value;
    },
    async set(key, value, expiresAt, options) {
      values.set(keyOf(key as string | symbol, options?.namespace), { value, expiresAt });
      return true;
    },
  };
}

/** The SDK client; it fetches and refreshes the tenant_access_token itself. */
export function createLarkClient(options: LarkClientOptions): lark.Client {
  const quiet = () => {};
  const logger = options.logger;
  return new lark.Client({
    appId: options.appId,
    appSecret: options.appSecret,
    domain: sdkDomain(options.domain),
    appType: lark.AppType.SelfBuild,
    cache: tokenCache(),
    httpInstance: timedHttpInstance(options.timeoutMs ?? 10_000),
    loggerLevel: lark.LoggerLevel.warn,
    logger: {
      error: logger?.error ?? quiet,
      warn: logger?.warn ?? quiet,
      info: quiet,
      debug: quiet,
      trace: quiet,
    },
  });
}
