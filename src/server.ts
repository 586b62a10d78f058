import type { AddressInfo } from 'node:net';
import type { CloudAdapter, TurnContext } from 'botbuilder';
import restify from 'restify';
import type { Logger } from './logger.js';

/** Adds routes of another part (web chat, console) to the server; called once at construction. */
export type RouteRegistrar = (server: restify.Server) => void;

export interface BotServerOptions {
  adapter: CloudAdapter;
  bot: { run(context: TurnContext): Promise<void> };
  logger: Logger;
  routes?: readonly RouteRegistrar[];
}

/**
 * The HTTP face of the bot: POST /api/messages for Bot Framework channels (expectReplies included)
 * and GET /healthz. Stops taking turns on close and waits for the ones in flight.
 */
export class BotServer {
  private readonly server: restify.Server;
  private inFlight = 0;
  private closing = false;
  private drained: (() => void) | undefined;

  constructor(private readonly options: BotServerOptions) {
    this.server = restify.createServer({ name: 'perspectiefbot', handleUncaughtExceptions: false });
    this.server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: 256 * 1024 }));
    this.server.post('/api/messages', async (req, res) => this.handleMessage(req, res));
    this.server.get('/healthz', async (_req, res) => {
      res.send(this.closing ? 503 : 200, { status: this.closing ? 'stopping' : 'ok' });
    });
    for (const register of options.routes ?? []) register(this.server);
  }

  get http(): restify.Server['server'] {
    return this.server.server;
  }

  /** Starts listening; resolves with the port (0 asks the system for a free one). */
  listen(port: number, host: string): Promise<number> {
    return new Promise((resolve, reject) => {
      this.server.server.once('error', reject);
      this.server.listen(port, host, () => resolve((this.server.address() as AddressInfo).port));
    });
  }

  /** Stops taking new turns, lets the ones in flight finish, then closes the socket. */
  async close(): Promise<void> {
    this.closing = true;
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.server.closeIdleConnections();
    if (this.inFlight > 0) await new Promise<void>((resolve) => (this.drained = resolve));
    this.server.server.closeIdleConnections();
    await closed;
  }

  private async handleMessage(req: restify.Request, res: restify.Response): Promise<void> {
    if (this.closing) {
      res.send(503, { error: 'shutting down' });
      return;
    }
    this.inFlight += 1;
    try {
      await this.options.adapter.process(req, res, (context) => this.options.bot.run(context));
    } catch (error) {
      this.options.logger.error({ err: error }, 'request failed');
      if (!res.headersSent) res.send(500, { error: 'internal error' });
    } finally {
      this.inFlight -= 1;
      if (this.inFlight === 0) this.drained?.();
    }
  }
}
