import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { ConsoleUser } from './users.js';

/** What an OpenID Connect sign-in must remember between the redirect and the callback. */
export interface OidcFlow {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** A console session: anonymous until sign-in (it then carries the CSRF token of the sign-in form). */
export interface Session {
  readonly id: string;
  readonly csrfToken: string;
  readonly user?: ConsoleUser;
  oidc?: OidcFlow;
  lastSeen: number;
}

export type SignedInSession = Session & { readonly user: ConsoleUser };

export interface SessionStoreOptions {
  /** Signs cookie values; a random one is generated when empty (sessions then end on restart). */
  secret: string;
  /** A session ends after this long without a request. */
  idleMs: number;
  /** At most this many sessions are kept; the least recently used go first. */
  maxSessions?: number;
  now?: () => number;
}

function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Sessions in memory, named by random ids that travel in a cookie signed with HMAC-SHA256. */
export class SessionStore {
  private readonly sessions = new Map<string, Session>();
  private readonly secret: Buffer;
  private readonly now: () => number;

  constructor(private readonly options: SessionStoreOptions) {
    this.secret = options.secret === '' ? randomBytes(32) : Buffer.from(options.secret, 'utf8');
    this.now = options.now ?? Date.now;
  }

  get idleSeconds(): number {
    return Math.floor(this.options.idleMs / 1000);
  }

  /** A new session with a fresh id and CSRF token (a sign-in always gets a new one). */
  create(user?: ConsoleUser): Session {
    this.prune();
    const session: Session = { id: randomToken(), csrfToken: randomToken(), lastSeen: this.now(), ...(user ? { user } : {}) };
    this.sessions.set(session.id, session);
    return session;
  }

  /** The session a signed cookie value names, touched; undefined when absent, forged or idle too long. */
  fromCookie(value: string | undefined): Session | undefined {
    const [id, signature] = (value ?? '').split('.');
    if (!id || !signature || !this.verify(id, signature)) return undefined;
    const session = this.sessions.get(id);
    if (!session) return undefined;
    if (this.now() - session.lastSeen > this.options.idleMs) {
      this.sessions.delete(id);
      return undefined;
    }
    session.lastSeen = this.now();
    this.sessions.delete(id);
    this.sessions.set(id, session);
    return session;
  }

  cookieValue(session: Session): string {
    return `${session.id}.${this.sign(session.id)}`;
  }

  destroy(session: Session): void {
    this.sessions.delete(session.id);
  }

  private sign(id: string): string {
    return createHmac('sha256', this.secret).update(id).digest('base64url');
  }

  private verify(id: string, signature: string): boolean {
    const expected = Buffer.from(this.sign(id));
    const given = Buffer.from(signature);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  /** Drops idle sessions, then the least recently used ones above the limit. */
  private prune(): void {
    const now = this.now();
    for (const [id, session] of this.sessions) {
      if (now - session.lastSeen > this.options.idleMs) this.sessions.delete(id);
    }
    const excess = this.sessions.size - (this.options.maxSessions ?? 10_000) + 1;
    for (const id of [...this.sessions.keys()].slice(0, Math.max(0, excess))) this.sessions.delete(id);
  }
}
