import { blocksProblem } from './validate.js';

/** One message an app sent to a `response_url`. */
export interface ResponseMessage {
  /** Which interaction's URL it went to. */
  id: string;
  text?: string;
  blocks?: unknown[];
  response_type?: 'ephemeral' | 'in_channel';
  replace_original?: boolean;
}

/** Slack accepts up to five messages per response URL. */
const USES = 5;

/**
 * The `response_url`s handed out with slash commands and message buttons. Slack answers 404 for
 * an unknown URL and `used_url` after five messages; bodies are validated like chat messages.
 */
export class ResponseUrls {
  readonly messages: ResponseMessage[] = [];
  private readonly uses = new Map<string, number>();
  private seq = 0;

  /** A new URL under the emulator's base (which ends with a slash). */
  issue(baseUrl: string): string {
    const id = `R${String(++this.seq).padStart(6, '0')}`;
    this.uses.set(id, 0);
    return `${baseUrl}respond/${id}`;
  }

  /** Takes one POST to a response URL: the HTTP status and body Slack would answer. */
  receive(id: string, raw: Buffer): { status: number; body: string } {
    const used = this.uses.get(id);
    if (used === undefined) return { status: 404, body: 'no_such_url' };
    if (used >= USES) return { status: 404, body: 'used_url' };
    let parsed: Omit<ResponseMessage, 'id'>;
    try {
      parsed = JSON.parse(raw.toString('utf8')) as Omit<ResponseMessage, 'id'>;
    } catch {
      return { status: 400, body: 'invalid_payload' };
    }
    if (!parsed.text && !parsed.blocks) return { status: 400, body: 'no_text' };
    if (blocksProblem(parsed.blocks, 'message')) return { status: 400, body: 'invalid_blocks' };
    this.uses.set(id, used + 1);
    this.messages.push({ id, ...parsed });
    return { status: 200, body: 'ok' };
  }
}
