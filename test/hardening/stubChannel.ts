import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A Bot Framework channel on loopback, as the Emulator is: it takes the replies the bot posts to
 * `{serviceUrl}/v3/conversations/…` and counts them by the first part of the path.
 */
export class StubChannel {
  readonly hits = new Map<string, number>();
  private readonly server: Server;

  constructor() {
    this.server = createServer((req, res) => {
      const prefix = (req.url ?? '/').split('/')[1] ?? '';
      this.hits.set(prefix, (this.hits.get(prefix) ?? 0) + 1);
      req.resume();
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: 'reply' }));
      });
    });
  }

  /** Starts on a free loopback port; resolves with it. */
  listen(): Promise<number> {
    return new Promise((resolve) => this.server.listen(0, '127.0.0.1', () => resolve((this.server.address() as AddressInfo).port)));
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
