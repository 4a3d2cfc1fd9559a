import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { ServerSocket } from './websocket.js';

export type EnvelopeType = 'slash_commands' | 'interactive' | 'events_api';

/** What the app answered to one envelope: Slack reads `payload` as the response body. */
export interface SocketAck {
  envelope_id: string;
  payload?: Record<string, unknown>;
}

/**
 * Slack's Socket Mode side: `apps.connections.open` hands out a one-time URL, the app connects,
 * gets `hello`, and from then on receives envelopes it must acknowledge by envelope id.
 */
export class SocketModeHub {
  readonly acks: SocketAck[] = [];
  private readonly tickets = new Set<string>();
  private readonly sockets: ServerSocket[] = [];
  private readonly pending = new Map<string, (ack: SocketAck) => void>();
  private readonly waiting: (() => void)[] = [];
  private seq = 0;

  /** A fresh connection URL under `wsBase` (ws://127.0.0.1:<port>/), valid for one connection. */
  issueUrl(wsBase: string): string {
    const ticket = `ticket-${++this.seq}`;
    this.tickets.add(ticket);
    return `${wsBase}link/?ticket=${ticket}`;
  }

  /** Takes an HTTP upgrade; false when it is not a Socket Mode URL this hub issued. */
  upgrade(req: IncomingMessage, socket: Duplex): boolean {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const ticket = url.searchParams.get('ticket') ?? '';
    if (url.pathname !== '/link/' || !this.tickets.delete(ticket)) return false;
    const ws = ServerSocket.accept(req, socket);
    ws.onText = (text) => this.receive(text);
    this.sockets.push(ws);
    ws.sendText(
      JSON.stringify({
        type: 'hello',
        num_connections: this.sockets.filter((s) => s.open).length,
        debug_info: { host: 'emulator', approximate_connection_time: 18060 },
        connection_info: { app_id: 'A0DUEBOT' },
      }),
    );
    for (const resolve of this.waiting.splice(0)) resolve();
    return true;
  }

  /** Resolves once an app is connected (immediately if one already is). */
  connected(): Promise<void> {
    if (this.sockets.some((s) => s.open)) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** How many connections are open now. */
  get openConnections(): number {
    return this.sockets.filter((s) => s.open).length;
  }

  /** Sends one envelope to the connected app and waits for its acknowledgement. */
  send(type: EnvelopeType, payload: Record<string, unknown>, timeoutMs = 5_000): Promise<SocketAck> {
    const socket = this.sockets.filter((s) => s.open).at(-1);
    if (!socket) return Promise.reject(new Error('no Socket Mode connection is open'));
    const envelopeId = `env-${++this.seq}`;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(envelopeId);
        reject(new Error(`envelope ${envelopeId} was not acknowledged within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(envelopeId, (ack) => {
        clearTimeout(timer);
        resolve(ack);
      });
      socket.sendText(
        JSON.stringify({
          envelope_id: envelopeId,
          type,
          payload,
          accepts_response_payload: type !== 'events_api',
          ...(type === 'events_api' ? { retry_attempt: 0, retry_reason: '' } : {}),
        }),
      );
    });
  }

  /** Closes every connection, as Slack does when it recycles its servers. */
  closeAll(): void {
    for (const s of this.sockets) s.close();
  }

  private receive(text: string): void {
    let ack: SocketAck;
    try {
      ack = JSON.parse(text) as SocketAck;
    } catch {
      return;
    }
    this.acks.push(ack);
    const resolve = this.pending.get(ack.envelope_id);
    this.pending.delete(ack.envelope_id);
    resolve?.(ack);
  }
}
