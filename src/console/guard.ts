import type { Request, RequestHandler, Response } from 'restify';
import { sendHtml } from './http.js';
import { pageContext, type ConsoleServices } from './services.js';
import type { SignedInSession } from './sessions.js';
import type { Role } from './users.js';
import { messagePage, texts } from './views/layout.js';

export type SignedInHandler = (req: Request, res: Response, session: SignedInSession) => Promise<void>;

export interface GuardOptions {
  /** Only this role may use the route (admins may use every route). */
  role?: Role;
  /** A page asked for without a session redirects to sign-in; anything else gets 401. */
  page?: boolean;
}

/**
 * Wraps a console route: a signed-in session, the right role and, for posts, a valid CSRF token.
 * A failure is logged and answered with a generic page: no stack, no path of DATA_DIR.
 */
export function signedIn(services: ConsoleServices, options: GuardOptions, handler: SignedInHandler): RequestHandler {
  return async (req: Request, res: Response) => {
    const session = services.sessions.requireUser(req, res, { page: options.page ?? true });
    if (!session) return;
    if (req.method === 'POST' && !services.sessions.checkCsrf(req, res, session)) return;
    if (options.role === 'admin' && session.user.role !== 'admin') {
      const context = pageContext(services, session);
      sendHtml(res, 403, messagePage(context, texts(context)('console.forbidden.title'), texts(context)('console.forbidden.text')));
      return;
    }
    try {
      await handler(req, res, session);
    } catch (error) {
      services.logger.error({ err: error, route: req.getRoute()?.path }, 'console page failed');
      if (!res.headersSent) serverError(services, res, session);
    }
  };
}

/** The generic page for a failure. */
function serverError(services: ConsoleServices, res: Response, session: SignedInSession): void {
  const context = pageContext(services, session);
  sendHtml(res, 500, messagePage(context, texts(context)('console.error.title'), texts(context)('console.error.text')));
}

/** The page for a conversation, entry or request that does not (or no longer) exist. */
export function notFound(services: ConsoleServices, res: Response, session: SignedInSession): void {
  const context = pageContext(services, session);
  sendHtml(res, 404, messagePage(context, texts(context)('console.not-found.title'), texts(context)('console.not-found.text')));
}
