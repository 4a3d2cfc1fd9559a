import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';

/** RFC 6455's constant for the handshake answer. */
const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

const OP = { text: 0x1, close: 0x8, ping: 0x9, pong: 0xa } as const;

function frame(opcode: number, payload: Buffer): Buffer {
  const len = payload.length;
  // A server's frames are never masked.
  const head =
    len < 126
      ? Buffer.from([0x80 | opcode, len])
      : len < 65_536
        ? Buffer.from([0x80 | opcode, 126, len >> 8, len & 0xff])
        : Buffer.concat([Buffer.from([0x80 | opcode, 127]), bigLength(len)]);
  return Buffer.concat([head, payload]);
}

function bigLength(len: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(BigInt(len));
  return b;
}

/**
 * The server side of one WebSocket, just enough of RFC 6455 for the Socket Mode client: text
 * messages, ping/pong and the closing handshake. Clients send whole (unfragmented) frames.
 */
export class ServerSocket {
  private buffer = Buffer.alloc(0);
  private closed = false;
  onText: (text: string) => void = () => {};
  onClose: () => void = () => {};

  constructor(private readonly socket: Duplex) {
    socket.on('data', (chunk: Buffer) => this.receive(chunk));
    socket.on('close', () => this.finish());
    socket.on('error', () => this.finish());
  }

  /** Completes the opening handshake of an HTTP upgrade request. */
  static accept(req: IncomingMessage, socket: Duplex): ServerSocket {
    const accept = createHash('sha1')
      .update(`${req.headers['sec-websocket-key'] ?? ''}${GUID}`)
      .digest('base64');
    socket.write(
      `HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`,
    );
    return new ServerSocket(socket);
  }

  get open(): boolean {
    return !this.closed;
  }

  sendText(text: string): void {
    if (!this.closed) this.socket.write(frame(OP.text, Buffer.from(text, 'utf8')));
  }

  /** Starts the closing handshake (or drops the connection when `abrupt`). */
  close(abrupt = false): void {
    if (this.closed) return;
    if (abrupt) this.socket.destroy();
    else this.socket.write(frame(OP.close, Buffer.from([0x03, 0xe8])));
    this.finish();
    this.socket.end();
  }

  private finish(): void {
    if (this.closed) return;
    this.closed = true;
    this.onClose();
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const parsed = this.nextFrame();
      if (!parsed) return;
      this.onFrame(parsed.opcode, parsed.payload);
    }
  }

  private nextFrame(): { opcode: number; payload: Buffer } | null {
    const b = this.buffer;
    if (b.length < 2) return null;
    const opcode = (b[0] as number) & 0x0f;
    const masked = ((b[1] as number) & 0x80) !== 0;
    let len = (b[1] as number) & 0x7f;
    let at = 2;
    if (len === 126) {
      if (b.length < 4) return null;
      len = b.readUInt16BE(2);
      at = 4;
    } else if (len === 127) {
      if (b.length < 10) return null;
      len = Number(b.readBigUInt64BE(2));
      at = 10;
    }
    const mask = masked ? b.subarray(at, at + 4) : null;
    if (masked) at += 4;
    if (b.length < at + len) return null;
    const payload = Buffer.from(b.subarray(at, at + len));
    if (mask)
      for (let i = 0; i < payload.length; i++) payload[i] = (payload[i] as number) ^ (mask[i % 4] as number);
    this.buffer = b.subarray(at + len);
    return { opcode, payload };
  }

  private onFrame(opcode: number, payload: Buffer): void {
    if (opcode === OP.text) this.onText(payload.toString('utf8'));
    else if (opcode === OP.ping && !this.closed) this.socket.write(frame(OP.pong, payload));
    else if (opcode === OP.close) {
      if (!this.closed) this.socket.write(frame(OP.close, payload.subarray(0, 2)));
      this.finish();
      this.socket.end();
    }
  }
}
