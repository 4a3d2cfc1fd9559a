import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SandboxEvents } from './events.js';

/** Comments keep idle connections open through proxies and let the page notice a dead server. */
const HEARTBEAT_MS = 20_000;

/** Streams sandbox events to one page as Server-Sent Events until it disconnects or `close` runs. */
export class EventStreams {
  private readonly open = new Set<ServerResponse>();

  constructor(private readonly events: SandboxEvents) {}

  attach(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    // The browser reconnects by itself after this long when the stream drops.
    res.write('retry: 2000\n: connected\n\n');
    const unsubscribe = this.events.subscribe((event) => {
      res.write(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
    });
    const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
    this.open.add(res);
    const done = () => {
      clearInterval(heartbeat);
      unsubscribe();
      this.open.delete(res);
    };
    req.on('close', done);
    res.on('close', done);
  }

  closeAll(): void {
    for (const res of this.open) res.end();
    this.open.clear();
  }
}
