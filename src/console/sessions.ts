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
  /** At most this many signed-in sessions are kept; the least recently used go first. */
  maxSignedIn?: number;
  /**
   * At most this many anonymous sessions (sign-in pages shown, OpenID Connect round trips) are
   * kept, apart from the signed-in ones: a flood of anonymous visits never pushes a counsellor out.
   */
  maxAnonymous?: number;
  now?: () => number;
}

function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Sessions in memory, named by random ids that travel in a cookie signed with HMAC-SHA256. */
export class SessionStore {
  /** Two pools, each in least-recently-used order, each with its own cap. */
  private readonly signedIn = new Map<string, Session>();
  private readonly anonymous = new Map<string, Session>();
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
    const pool = user ? this.signedIn : this.anonymous;
    this.prune(pool, (user ? this.options.maxSignedIn : this.options.maxAnonymous) ?? 10_000);
    const session: Session = { id: randomToken(), csrfToken: randomToken(), lastSeen: this.now(), ...(user ? { user } : {}) };
    pool.set(session.id, session);
    return session;
  }

  /** The session a signed cookie value names, touched; undefined when absent, forged or idle too long. */
  fromCookie(value: string | undefined): Session | undefined {
    const [id, signature] = (value ?? '').split('.');
    if (!id || !signature || !this.verify(id, signature)) return undefined;
    const pool = this.signedIn.has(id) ? this.signedIn : this.anonymous;
    const session = pool.get(id);
    if (!session) return undefined;
    pool.delete(id);
    if (this.now() - session.lastSeen > this.options.idleMs) return undefined;
    session.lastSeen = this.now();
    pool.set(id, session);
    return session;
  }

  cookieValue(session: Session): string {
    return `${session.id}.${this.sign(session.id)}`;
  }

  destroy(session: Session): void {
    this.signedIn.delete(session.id);
    this.anonymous.delete(session.id);
  }

  private sign(id: string): string {
    return createHmac('sha256', this.secret).update(id).digest('base64url');
  }

  private verify(id: string, signature: string): boolean {
    const expected = Buffer.from(this.sign(id));
    const given = Buffer.from(signature);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  /** Drops a pool's idle sessions, then its least recently used ones, to make room for one more. */
  private prune(pool: Map<string, Session>, max: number): void {
    const now = this.now();
    for (const [id, session] of pool) {
      // In least-recently-used order: the first one seen recently ends the idle ones.
      if (now - session.lastSeen <= this.options.idleMs) break;
      pool.delete(id);
    }
    for (const id of pool.keys()) {
      if (pool.size < max) break;
      pool.delete(id);
    }
  }
}
