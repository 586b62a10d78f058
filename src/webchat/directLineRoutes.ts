import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type restify from 'restify';
import { WebSocketServer, type WebSocket } from 'ws';
import { ClientRateLimit } from '../console/clientRateLimit.js';
import type { Logger } from '../logger.js';
import type { ActivityLogs, ActivitySet } from './activityLog.js';
import type { BotLogic, DirectLineAdapter, PostedActivity } from './directLineAdapter.js';
import { TokenError, type DirectLineTokens, type IssuedToken, type TokenGrant } from './tokens.js';

export const DIRECT_LINE_PATH = '/v3/directline';
const STREAM_PATH = new RegExp(`^${DIRECT_LINE_PATH}/conversations/([^/]+)/stream$`);

export interface DirectLineRouteOptions {
  adapter: DirectLineAdapter;
  logs: ActivityLogs;
  tokens: DirectLineTokens;
  logic: BotLogic;
  logger: Logger;
  /** The public base URL (https://…), for streamUrl; the request's host when empty. */
  publicUrl: string;
  /** Whether a private link's token opens a conversation (src/comeback); without it, links are refused. */
  isReturnLink?: (token: string) => Promise<boolean>;
  /** Tries to open a private link per client address: ten in fifteen minutes unless given. */
  returnTries?: ClientRateLimit;
}

/** A refusal in Direct Line's shape: `{ error: { code, message } }`. */
class DirectLineError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The Direct Line 3.0 protocol as Web Chat's own client speaks it (`createDirectLine({ domain,
 * token })`), served by this server: tokens, conversations, activities and a WebSocket stream.
 * Every call needs a token, and a token opens only its own conversation.
 */
export class DirectLineRoutes {
  private readonly sockets = new WebSocketServer({ noServer: true });
  private readonly returnTries: ClientRateLimit;

  constructor(private readonly options: DirectLineRouteOptions) {
    this.returnTries = options.returnTries ?? new ClientRateLimit({ max: 10, windowMs: 15 * 60_000 });
  }

  register(server: restify.Server): void {
    const route = (handler: (req: restify.Request) => Promise<[number, object]>) => async (req: restify.Request, res: restify.Response) => {
      try {
        const [status, body] = await handler(req);
        res.send(status, body);
      } catch (error) {
        const refusal = error instanceof DirectLineError ? error : undefined;
        if (!refusal) this.options.logger.error({ err: error }, 'direct line request failed');
        res.send(refusal?.status ?? 500, {
          error: { code: refusal?.code ?? 'ServiceError', message: refusal?.message ?? 'internal error' },
        });
      }
    };
    server.post(`${DIRECT_LINE_PATH}/tokens/generate`, route(() => this.generate()));
    server.post(`${DIRECT_LINE_PATH}/tokens/refresh`, route((req) => this.refresh(req)));
    server.post(`${DIRECT_LINE_PATH}/tokens/return`, route((req) => this.openReturnLink(req)));
    server.post(`${DIRECT_LINE_PATH}/conversations`, route((req) => this.startConversation(req)));
    server.get(`${DIRECT_LINE_PATH}/conversations/:id`, route((req) => this.reconnect(req)));
    server.post(`${DIRECT_LINE_PATH}/conversations/:id/activities`, route((req) => this.post(req)));
    server.get(`${DIRECT_LINE_PATH}/conversations/:id/activities`, route((req) => this.read(req)));
    server.server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => this.upgrade(req, socket, head));
  }

  /** Closes every open stream (pages reconnect by themselves). */
  async close(): Promise<void> {
    for (const socket of this.sockets.clients) socket.close(1001, 'server stopping');
    await new Promise<void>((resolve) => this.sockets.close(() => resolve()));
  }

  /** A token for a new conversation of a new user (the page asks this first). */
  private async generate(): Promise<[number, object]> {
    const issued = await this.options.tokens.issue({ conversationId: newId(), userId: `dl_${newId()}` });
    return [200, tokenBody(issued)];
  }

  /**
   * A private link opened on this page: a token for a new conversation in which the bot continues
   * the link's conversation (with the follow-up talk). Tries are limited per client address.
   */
  private async openReturnLink(req: restify.Request): Promise<[number, object]> {
    const link = (req.body as { link?: unknown } | undefined)?.link;
    if (typeof link !== 'string' || link.length > 100) throw new DirectLineError(400, 'BadArgument', 'Missing link');
    if (!this.returnTries.take(clientAddress(req))) throw new DirectLineError(429, 'TooManyRequests', 'Too many tries');
    if (!(await this.options.isReturnLink?.(link))) throw new DirectLineError(404, 'NotFound', 'Unknown link');
    const grant = { conversationId: newId(), userId: `dl_${newId()}` };
    await this.options.adapter.startReturn(grant, link, this.options.logic);
    return [200, tokenBody(await this.options.tokens.issue(grant))];
  }

  private async refresh(req: restify.Request): Promise<[number, object]> {
    const grant = await this.authorize(req);
    return [200, tokenBody(await this.options.tokens.issue(grant))];
  }

  /** Starts the token's conversation (the bot greets first), or resumes it when it already exists. */
  private async startConversation(req: restify.Request): Promise<[number, object]> {
    const grant = await this.authorize(req);
    const exists = (await this.options.logs.owner(grant.conversationId)) !== undefined;
    if (!exists) {
      const locale = (req.body as { locale?: unknown } | undefined)?.locale;
      await this.options.adapter.start(grant, typeof locale === 'string' ? locale : undefined, this.options.logic);
    }
    return [exists ? 200 : 201, await this.conversationBody(req, grant)];
  }

  private async reconnect(req: restify.Request): Promise<[number, object]> {
    const grant = await this.authorize(req, req.params.id);
    await this.existing(grant);
    return [200, await this.conversationBody(req, grant)];
  }

  private async post(req: restify.Request): Promise<[number, object]> {
    const grant = await this.authorize(req, req.params.id);
    await this.existing(grant);
    const id = await this.options.adapter.receive(grant, posted(req.body), this.options.logic);
    return [200, { id }];
  }

  private async read(req: restify.Request): Promise<[number, object]> {
    const grant = await this.authorize(req, req.params.id);
    await this.existing(grant);
    return [200, await this.options.logs.since(grant.conversationId, queryValue(req, 'watermark'))];
  }

  /** The grant of the request's bearer token, which must be for `conversationId` when given. */
  private async authorize(req: restify.Request, conversationId?: string): Promise<TokenGrant> {
    const header = req.header('authorization') ?? '';
    const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    if (!token) throw new DirectLineError(401, 'BadArgument', 'Missing token');
    return this.grantOf(token, conversationId);
  }

  private async grantOf(token: string, conversationId: string | undefined): Promise<TokenGrant> {
    let grant: TokenGrant;
    try {
      grant = await this.options.tokens.verify(token);
    } catch (error) {
      if (!(error instanceof TokenError)) throw error;
      throw new DirectLineError(403, error.code, error.code === 'TokenExpired' ? 'Token expired' : 'Invalid token');
    }
    if (conversationId !== undefined && conversationId !== grant.conversationId) {
      throw new DirectLineError(403, 'BadArgument', 'Token not valid for this conversation');
    }
    return grant;
  }

  private async existing(grant: TokenGrant): Promise<void> {
    if ((await this.options.logs.owner(grant.conversationId)) !== grant.userId) {
      throw new DirectLineError(404, 'BadArgument', 'Conversation not found');
    }
  }

  private async conversationBody(req: restify.Request, grant: TokenGrant): Promise<object> {
    const issued = await this.options.tokens.issue(grant);
    const base = this.options.publicUrl !== '' ? this.options.publicUrl : `${forwardedProto(req)}://${req.headers.host ?? 'localhost'}`;
    const streamUrl = `${base.replace(/^http/, 'ws').replace(/\/$/, '')}${DIRECT_LINE_PATH}/conversations/${grant.conversationId}/stream?t=${issued.token}`;
    return { ...tokenBody(issued), streamUrl, referenceGrammarId: '' };
  }

  private upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const conversationId = STREAM_PATH.exec(url.pathname)?.[1];
    if (conversationId === undefined) return;
    this.grantOf(url.searchParams.get('t') ?? '', conversationId)
      .then(async (grant) => {
        await this.existing(grant);
        this.sockets.handleUpgrade(req, socket, head, (ws) => void this.stream(ws, grant, url.searchParams.get('watermark') ?? undefined));
      })
      .catch((error: unknown) => {
        const status = error instanceof DirectLineError ? error.status : 500;
        socket.end(`HTTP/1.1 ${status} ${status === 500 ? 'Internal Server Error' : 'Refused'}\r\nConnection: close\r\n\r\n`);
      });
  }

  /** Sends what the page has not seen yet, then every new batch, in order and without repeats. */
  private async stream(ws: WebSocket, grant: TokenGrant, watermark: string | undefined): Promise<void> {
    let sent = -1;
    const pending: ActivitySet[] = [];
    const push = (set: ActivitySet) => {
      if (sent < 0) return void pending.push(set);
      const end = Number(set.watermark);
      if (end <= sent) return;
      const activities = set.activities.slice(Math.max(0, sent - (end - set.activities.length)));
      sent = end;
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ activities, watermark: set.watermark }));
    };
    const unsubscribe = this.options.logs.subscribe(grant.conversationId, push);
    ws.on('close', unsubscribe);
    ws.on('error', unsubscribe);
    const backlog = await this.options.logs.since(grant.conversationId, watermark);
    sent = Math.max(0, Number(backlog.watermark) - backlog.activities.length);
    push(backlog);
    pending.splice(0).forEach(push);
  }
}

function newId(): string {
  return randomBytes(18).toString('base64url');
}

function tokenBody(issued: IssuedToken): { conversationId: string; token: string; expires_in: number } {
  return { conversationId: issued.conversationId, token: issued.token, expires_in: issued.expiresIn };
}

function clientAddress(req: restify.Request): string {
  return req.socket.remoteAddress ?? 'unknown';
}

function forwardedProto(req: restify.Request): 'http' | 'https' {
  return req.header('x-forwarded-proto') === 'https' ? 'https' : 'http';
}

function queryValue(req: restify.Request, name: string): string | undefined {
  return new URL(req.url ?? '/', 'http://localhost').searchParams.get(name) ?? undefined;
}

/** Only the fields a page may set; a page cannot speak for the bot or another user. */
function posted(body: unknown): PostedActivity {
  const activity = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  if (activity.type !== 'message' && activity.type !== 'event') {
    throw new DirectLineError(400, 'BadArgument', 'Only message and event activities are accepted');
  }
  const text = typeof activity.text === 'string' ? activity.text : undefined;
  return {
    type: activity.type,
    ...(text !== undefined ? { text } : {}),
    ...(activity.value !== undefined ? { value: activity.value } : {}),
    ...(typeof activity.name === 'string' ? { name: activity.name } : {}),
    ...(typeof activity.locale === 'string' ? { locale: activity.locale } : {}),
    ...(activity.channelData !== undefined ? { channelData: activity.channelData } : {}),
  };
}
