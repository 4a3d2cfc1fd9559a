import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * What can go wrong on the way to a platform, as seen from the client:
 * - `rate_limit`: answered 429 with Retry-After, nothing done;
 * - `answer_lost`: carried out, then the connection closes before the answer;
 * - `refused`: the connection is dropped before the request is read, nothing done;
 * - `hang`: carried out, the answer held back for `hangMs` (longer than the client waits).
 */
export type FaultKind = 'rate_limit' | 'answer_lost' | 'refused' | 'hang';

export interface FaultRule {
  kind: FaultKind;
  /** Only calls through this instance's URL (see the emulators' `urlFor`); every instance when absent. */
  instance?: string;
  /** Only this API method (Slack method name or Lark path, `*` standing for one path segment); every call when absent. */
  method?: string;
  /** Only every n-th matching call (1 = each one). */
  every?: number;
  /** How many times it strikes at most; unlimited when absent. */
  times?: number;
  retryAfterSec?: number;
  hangMs?: number;
}

interface LiveRule extends FaultRule {
  seen: number;
}

/** Instance names travel as a path prefix: `/i/<name>/…`. */
const PREFIX = /^\/i\/([A-Za-z0-9_-]+)(\/.*)$/;

/** Splits a request path into the instance it came through and the platform path. */
export function instanceOf(path: string): { instance: string | undefined; path: string } {
  const m = PREFIX.exec(path);
  return m ? { instance: m[1], path: m[2] ?? '/' } : { instance: undefined, path };
}

/** Whether a call's method or path is the one a rule names; `*` is any one path segment. */
function sameMethod(pattern: string, method: string): boolean {
  if (!pattern.includes('*')) return pattern === method;
  const parts = pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('[^/]+')}$`).test(method);
}

/** Scripted faults for an emulator, decided per call. */
export class Faults {
  private rules: LiveRule[] = [];
  /** How many times each kind struck, for tests that check a fault really happened. */
  readonly struck: Record<FaultKind, number> = { rate_limit: 0, answer_lost: 0, refused: 0, hang: 0 };

  add(rule: FaultRule): void {
    this.rules.push({ ...rule, seen: 0 });
  }

  /** Ends every scripted fault: the platform is healthy again. */
  clear(): void {
    this.rules = [];
  }

  /** The fault this call meets, if any. */
  pick(instance: string | undefined, method: string): FaultRule | undefined {
    for (const rule of this.rules) {
      if (rule.instance && rule.instance !== instance) continue;
      if (rule.method && !sameMethod(rule.method, method)) continue;
      if (rule.times !== undefined && rule.times <= 0) continue;
      rule.seen++;
      if (rule.seen % (rule.every ?? 1) !== 0) continue;
      if (rule.times !== undefined) rule.times--;
      this.struck[rule.kind]++;
      return rule;
    }
    return undefined;
  }
}

/** Drops the connection without an answer. */
export function dropConnection(req: IncomingMessage, res: ServerResponse): void {
  res.socket?.destroy();
  req.socket.destroy();
}

/**
 * Writes the answer of a call that was carried out, unless its fault loses the answer (the
 * connection closes) or holds it back for `hangMs` first.
 */
export async function answerUnder(
  fault: FaultRule | undefined,
  req: IncomingMessage,
  res: ServerResponse,
  write: () => void,
): Promise<void> {
  if (fault?.kind === 'answer_lost') return dropConnection(req, res);
  if (fault?.kind === 'hang') await new Promise((resolve) => setTimeout(resolve, fault.hangMs ?? 5_000));
  if (!res.destroyed && !req.socket.destroyed) write();
}
