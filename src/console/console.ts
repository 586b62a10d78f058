import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TranscriptStore } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import type { Config } from '../config.js';
import type { Content } from '../content/loadContent.js';
import type { Logger } from '../logger.js';
import { sourceDir } from '../paths.js';
import type { RouteRegistrar } from '../server.js';
import type { ConversationRecord, Records } from '../records/types.js';
import { PasswordSignIn } from './auth.js';
import { registerAuthRoutes } from './authRoutes.js';
import { registerCallbackRoutes } from './callbackRoutes.js';
import { ClientRateLimit } from './clientRateLimit.js';
import { ConsoleSessions } from './consoleSessions.js';
import { registerConversationRoutes } from './conversationRoutes.js';
import { sendBody } from './http.js';
import { registerInsightRoutes } from './insightRoutes.js';
import { SignInLockout } from './lockout.js';
import { OidcSignIn } from './oidc.js';
import type { ConsoleServices } from './services.js';
import { SessionStore } from './sessions.js';
import { UserStore } from './users.js';

/** A session ends after 30 minutes without a request. */
const IDLE_MS = 30 * 60_000;
/** Five failed sign-ins within 15 minutes lock an account name for 15 minutes. */
const LOCKOUT = { maxFailures: 5, windowMs: 15 * 60_000 };
/** Ten sign-in attempts a minute per client (IP address): checking a password costs a CPU for a quarter second. */
const ATTEMPTS_PER_CLIENT = { max: 10, windowMs: 60_000 };

const stylesheet = readFileSync(join(sourceDir, 'console', 'console.css'), 'utf8');

export interface ConsoleParts {
  records: Records;
  transcripts: TranscriptStore;
  content: Content;
  logger: Logger;
  forgetConversation: (record: ConversationRecord) => Promise<void>;
  stepOrder: readonly string[];
  now?: () => number;
}

/** The counsellor console at /console, ready to be added to the bot's server. */
export function createConsole(config: Config, parts: ConsoleParts): { routes: RouteRegistrar; users: UserStore } {
  const now = parts.now ?? Date.now;
  const users = new UserStore(config.dataDir);
  const sessions = new SessionStore({ secret: config.console.sessionSecret, idleMs: IDLE_MS, now });
  const { oidc } = config.console;
  const services: ConsoleServices = {
    sessions: new ConsoleSessions(sessions, config.publicUrl.startsWith('https:')),
    messages: parts.content.messages,
    records: parts.records,
    transcripts: parts.transcripts,
    knowledge: parts.content.understanding.knowledge,
    passwords: new PasswordSignIn(users, new SignInLockout({ ...LOCKOUT, now }), parts.records.audit, new ClientRateLimit({ ...ATTEMPTS_PER_CLIENT, now })),
    oidc: oidc ? new OidcSignIn({ ...oidc, redirectUri: new URL('/console/oidc/callback', config.publicUrl).href }) : undefined,
    forgetConversation: parts.forgetConversation,
    stepOrder: parts.stepOrder,
    publicUrl: config.publicUrl,
    logger: parts.logger,
  };
  const routes = (server: Server) => {
    server.get('/console/static/console.css', async (_req: Request, res: Response) =>
      sendBody(res, 200, 'text/css; charset=utf-8', stylesheet, { 'Cache-Control': 'public, max-age=3600' }),
    );
    registerAuthRoutes(server, services);
    registerConversationRoutes(server, services);
    registerCallbackRoutes(server, services);
    registerInsightRoutes(server, services);
  };
  return { routes, users };
}
