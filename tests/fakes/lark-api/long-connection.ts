import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { fail, send } from './replies.js';
import type { EmulatorState } from './state.js';

// Lark's long connection: a WebSocket carrying protobuf `pbbp2.Frame`s (SeqID 1, LogID 2, service 3,
// method 4, headers 5 {key 1, value 2}, payload 8). Method 1 is data; the SDK answers each event
// frame with the same headers and a JSON payload { code, data: base64(answer) }.

interface Frame {
  method: number;
  headers: Record<string, string>;
  payload: Buffer;
}

const varint = (n: number): Buffer => {
  const out: number[] = [];
  let v = n;
  do {
    out.push((v & 0x7f) | (v > 0x7f ? 0x80 : 0));
    v >>>= 7;
  } while (v > 0);
  return Buffer.from(out);
};
const field = (no: number, bytes: Buffer) =>
  Buffer.concat([varint((no << 3) | 2), varint(bytes.length), bytes]);
const number = (no: number, n: number) => Buffer.concat([varint(no << 3), varint(n)]);

function encodeFrame(frame: Frame): Buffer {
  const headers = Object.entries(frame.headers).map(([k, v]) =>
    field(5, Buffer.concat([field(1, Buffer.from(k)), field(2, Buffer.from(v))])),
  );
  return Buffer.concat([
    number(1, 0),
    number(2, 0),
    number(3, 1),
    number(4, frame.method),
    ...headers,
    field(8, frame.payload),
  ]);
}

/** Reads the fields Duebot's tests need; varints are small here. */
function decodeFields(buf: Buffer): { no: number; value: number | Buffer }[] {
  const out: { no: number; value: number | Buffer }[] = [];
  let at = 0;
  const read = () => {
    let n = 0;
    let shift = 0;
    for (;;) {
      const b = buf[at++] ?? 0;
      n += (b & 0x7f) * 2 ** shift;
      shift += 7;
      if (b < 0x80) return n;
    }
  };
  while (at < buf.length) {
    const key = read();
    if ((key & 7) === 0) out.push({ no: key >> 3, value: read() });
    else {
      const len = read();
      out.push({ no: key >> 3, value: buf.subarray(at, at + len) });
      at += len;
    }
  }
  return out;
}

function decodeFrame(buf: Buffer): Frame {
  const frame: Frame = { method: 0, headers: {}, payload: Buffer.alloc(0) };
  for (const { no, value } of decodeFields(buf)) {
    if (no === 4 && typeof value === 'number') frame.method = value;
    if (no === 5 && Buffer.isBuffer(value)) {
      const kv = decodeFields(value);
      frame.headers[String(kv.find((f) => f.no === 1)?.value ?? '')] = String(
        kv.find((f) => f.no === 2)?.value ?? '',
      );
    }
    if (no === 8 && Buffer.isBuffer(value)) frame.payload = value;
  }
  return frame;
}

/** One server-side WebSocket over an upgraded socket: binary frames out, masked client frames in. */
class Socket {
  private pending = Buffer.alloc(0);

  constructor(
    private readonly socket: Duplex,
    onMessage: (data: Buffer) => void,
  ) {
    socket.on('data', (chunk: Buffer) => {
      this.pending = Buffer.concat([this.pending, chunk]);
      for (let message = this.next(); message; message = this.next()) onMessage(message);
    });
    socket.on('error', () => {});
  }

  sendBinary(data: Buffer): void {
    const len = data.length;
    const head =
      len < 126
        ? Buffer.from([0x82, len])
        : len < 65536
          ? Buffer.from([0x82, 126, len >> 8, len & 0xff])
          : Buffer.concat([
              Buffer.from([0x82, 127]),
              Buffer.from(new BigUint64Array([BigInt(len)]).buffer).reverse(),
            ]);
    this.socket.write(Buffer.concat([head, data]));
  }

  close(): void {
    this.socket.destroy();
  }

  private next(): Buffer | null {
    const p = this.pending;
    if (p.length < 2) return null;
    let len = (p[1] ?? 0) & 0x7f;
    let at = 2;
    if (len === 126) {
      len = p.readUInt16BE(2);
      at = 4;
    } else if (len === 127) {
      len = Number(p.readBigUInt64BE(2));
      at = 10;
    }
    if (p.length < at + 4 + len) return null;
    const mask = p.subarray(at, at + 4);
    const data = Buffer.from(p.subarray(at + 4, at + 4 + len).map((b, i) => b ^ (mask[i % 4] ?? 0)));
    this.pending = p.subarray(at + 4 + len);
    const opcode = (p[0] ?? 0) & 0x0f;
    if (opcode === 0x8) this.close();
    return opcode === 0x2 ? data : this.next();
  }
}

/** The long-connection side of the emulator: the endpoint lookup, the socket, and pushing events. */
export class LongConnection {
  private socket: Socket | null = null;
  private readonly answers = new Map<string, (answer: unknown) => void>();

  constructor(private readonly state: EmulatorState) {}

  /** POST /callback/ws/endpoint — where the SDK's WSClient should connect. */
  endpoint(res: ServerResponse, body: Record<string, unknown>, baseUrl: string): void {
    if (body.AppID !== this.state.appId || body.AppSecret !== this.state.appSecret) {
      fail(res, 1000040343, 'app id or secret invalid', 200);
      return;
    }
    const URL = `${baseUrl.replace(/^http/, 'ws')}/ws?device_id=emulated&service_id=1`;
    const ClientConfig = {
      PingInterval: 120,
      ReconnectCount: -1,
      ReconnectInterval: 120,
      ReconnectNonce: 30,
    };
    send(res, 200, { code: 0, msg: 'ok', data: { URL, ClientConfig } });
  }

  /** Accepts the WebSocket upgrade of `/ws`. */
  upgrade(req: IncomingMessage, socket: Duplex): void {
    const key = req.headers['sec-websocket-key'];
    if (!req.url?.startsWith('/ws') || typeof key !== 'string') {
      socket.destroy();
      return;
    }
    const accept = createHash('sha1').update(`${key}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64');
    socket.write(
      `HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`,
    );
    this.socket = new Socket(socket, (data) => this.received(decodeFrame(data)));
  }

  connected(): boolean {
    return this.socket !== null;
  }

  /** Sends an event as Lark does over the long connection and resolves with what the app answered. */
  push(event: unknown): Promise<unknown> {
    const socket = this.socket;
    if (!socket) return Promise.reject(new Error('no long connection is open'));
    const messageId = randomBytes(8).toString('hex');
    const headers = { type: 'event', message_id: messageId, sum: '1', seq: '0', trace_id: messageId };
    return new Promise((resolve) => {
      this.answers.set(messageId, resolve);
      socket.sendBinary(encodeFrame({ method: 1, headers, payload: Buffer.from(JSON.stringify(event)) }));
    });
  }

  close(): void {
    this.socket?.close();
    this.socket = null;
  }

  private received(frame: Frame): void {
    const resolve = this.answers.get(frame.headers.message_id ?? '');
    if (frame.method !== 1 || !resolve) return;
    this.answers.delete(frame.headers.message_id ?? '');
    const answer = JSON.parse(frame.payload.toString('utf8')) as { code: number; data?: string };
    resolve({
      code: answer.code,
      data: answer.data ? JSON.parse(Buffer.from(answer.data, 'base64').toString('utf8')) : undefined,
    });
  }
}
