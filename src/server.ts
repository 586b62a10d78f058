import type { AddressInfo } from 'node:net';
import type { TurnContext } from 'botbuilder';
import restify from 'restify';
import { checkActivity, MAX_ID_LENGTH } from './channel/activitySchema.js';
import type { ChannelAdapter } from './channel/channelAdapter.js';
import { RateLimitedLog } from './channel/rateLimitedLog.js';
import type { ServiceUrlPolicy } from './channel/serviceUrlPolicy.js';
import type { Logger } from './logger.js';

/** Adds routes of another part (web chat, console) to the server; called once at construction. */
export type RouteRegistrar = (server: restify.Server) => void;

export interface BotServerOptions {
  adapter: ChannelAdapter;
  bot: { run(context: TurnContext): Promise<void> };
  logger: Logger;
  /** Where replies may go (see ServiceUrlPolicy). */
  serviceUrls: ServiceUrlPolicy;
  routes?: readonly RouteRegistrar[];
}

const MESSAGES_PATH = '/api/messages';
const MAX_BODY_BYTES = 256 * 1024;
const GENERIC_ERRORS: Record<number, string> = { 413: 'request too large', 415: 'unsupported content encoding' };

/**
 * The HTTP face of the bot: POST /api/messages for Bot Framework channels (expectReplies included)
 * and GET /healthz. Every activity is read as JSON and checked against the activity schema before
 * the adapter sees it; a bad request gets 400 with a short, generic reason. Stops taking turns on
 * close and waits for the ones in flight.
 */
export class BotServer {
  private readonly server: restify.Server;
  private readonly problems: RateLimitedLog;
  private inFlight = 0;
  private closing = false;
  private drained: (() => void) | undefined;

  constructor(private readonly options: BotServerOptions) {
    this.problems = new RateLimitedLog(options.logger, { perWindow: 20, windowMs: 60_000 });
    // Route parameters as long as an id may be (a conversation id in a console URL), not the router's 100 characters.
    this.server = restify.createServer({ name: 'perspectiefbot', handleUncaughtExceptions: false, maxParamLength: 4 * MAX_ID_LENGTH });
    // The other routes take JSON and forms; /api/messages reads its body itself, as JSON only.
    const parsers = restify.plugins.bodyParser({ mapParams: false, maxBodySize: MAX_BODY_BYTES });
    this.server.use(parsers.map((parse): restify.RequestHandler => (req, res, next) => (req.getPath() === MESSAGES_PATH ? next() : parse(req, res, next))));
    // restify calls one listener per error event. Errors of the body reader (too large, bad encoding)
    // on /api/messages and every failure elsewhere (the console's sign-in) get a generic body:
    // restify's would carry the error's message, which may name a file under DATA_DIR.
    this.server.on('restifyError', (req: restify.Request, res: restify.Response, error: Error & { statusCode?: number; toJSON?: () => unknown }, callback: () => void) => {
      const status = error.statusCode ?? 500;
      if (status >= 500) this.problems.error({ err: error, path: req.getPath() }, 'request failed');
      if (error.statusCode === undefined && !res.headersSent) res.send(500, { error: 'internal error' });
      else if (req.getPath() === MESSAGES_PATH || status >= 500) error.toJSON = () => ({ error: GENERIC_ERRORS[status] ?? (status >= 500 ? 'internal error' : 'bad request') });
      callback();
    });
    this.server.post(
      MESSAGES_PATH,
      (req, res, next) => {
        if (req.contentType() === 'application/json') return next();
        res.send(415, { error: 'expected application/json' });
        return next(false);
      },
      restify.plugins.bodyReader({ maxBodySize: MAX_BODY_BYTES }),
      async (req: restify.Request, res: restify.Response) => this.handleMessage(req, res),
    );
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
    const checked = checkActivity(typeof req.body === 'string' ? req.body : '');
    if (!checked.ok) {
      this.problems.warn({ reason: checked.reason }, 'bad activity refused');
      res.send(400, { error: checked.reason });
      return;
    }
    if (!this.options.serviceUrls.allows(checked.activity.serviceUrl)) {
      this.problems.warn({ channel: checked.activity.channelId }, 'activity with a service URL that is not allowed refused');
      res.send(400, { error: 'serviceUrl not allowed' });
      return;
    }
    this.inFlight += 1;
    try {
      const authorization = req.header('authorization', '');
      const response = await this.options.adapter.processChecked(authorization, checked.activity, (context) => this.options.bot.run(context));
      if (response?.body === undefined) res.send(response?.status ?? 200);
      else res.send(response.status, response.body);
    } catch (error) {
      if (isAuthenticationFailure(error)) {
        this.problems.warn({ err: { type: error.name, message: error.message } }, 'activity not authenticated');
        res.send(401, { error: 'unauthorized' });
      } else {
        this.problems.error({ err: error }, 'turn could not be processed');
        if (!res.headersSent) res.send(500, { error: 'internal error' });
      }
    } finally {
      this.inFlight -= 1;
      if (this.inFlight === 0) this.drained?.();
    }
  }
}

/** The SDK's AuthenticationError (a token missing, expired or not for this bot) carries a 4xx status code. */
function isAuthenticationFailure(error: unknown): error is Error & { statusCode: number } {
  const statusCode = (error as { statusCode?: unknown } | undefined)?.statusCode;
  return error instanceof Error && typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500;
}
