import type { Request, Response } from 'restify';
import { parseCookies, serializeCookie } from './cookies.js';
import { hasValidCsrfToken } from './csrf.js';
import { formOf, redirect, sendBody } from './http.js';
import type { Session, SessionStore, SignedInSession } from './sessions.js';

export const SESSION_COOKIE = 'console_session';
const COOKIE_PATH = '/console';

/** The console's session cookie on requests and responses, and the checks every route makes. */
export class ConsoleSessions {
  constructor(
    readonly store: SessionStore,
    /** Cookies are marked Secure when the console is served over https (PUBLIC_URL). */
    private readonly secure: boolean,
  ) {}

  current(req: Request): Session | undefined {
    return this.store.fromCookie(parseCookies(req.headers.cookie).get(SESSION_COOKIE));
  }

  /** The current session, or a new anonymous one whose cookie is to be set. */
  currentOrNew(req: Request): { session: Session; setCookie?: string } {
    const session = this.current(req);
    if (session) return { session };
    const created = this.store.create();
    return { session: created, setCookie: this.cookie(created) };
  }

  /** The Set-Cookie value naming a session; it expires with the browser or after the idle time. */
  cookie(session: Session): string {
    return serializeCookie(SESSION_COOKIE, this.store.cookieValue(session), {
      path: COOKIE_PATH,
      sameSite: 'Strict',
      secure: this.secure,
      maxAge: this.store.idleSeconds,
    });
  }

  clearCookie(): string {
    return serializeCookie(SESSION_COOKIE, '', { path: COOKIE_PATH, sameSite: 'Strict', secure: this.secure, maxAge: 0 });
  }

  /**
   * The signed-in session, or undefined after refusing the request: a page asked for with GET
   * goes to the sign-in page, anything else (downloads, form posts) gets 401.
   */
  requireUser(req: Request, res: Response, { page }: { page: boolean }): SignedInSession | undefined {
    const session = this.current(req);
    if (session?.user) return { ...session, user: session.user };
    if (page && req.method === 'GET') redirect(res, '/console/sign-in');
    else sendBody(res, 401, 'text/plain; charset=utf-8', 'Unauthorized');
    return undefined;
  }

  /** True when a posted form carries the session's CSRF token; otherwise answers 403. */
  checkCsrf(req: Request, res: Response, session: Session): boolean {
    if (hasValidCsrfToken(session, formOf(req))) return true;
    sendBody(res, 403, 'text/plain; charset=utf-8', 'Forbidden: invalid CSRF token');
    return false;
  }
}
