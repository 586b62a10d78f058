import type { Request, Response, Server } from 'restify';
import { parseCookies, serializeCookie } from './cookies.js';
import { signedIn } from './guard.js';
import { html } from './html.js';
import { field, formOf, redirect, sendHtml } from './http.js';
import { pageContext, type ConsoleServices } from './services.js';
import type { Session } from './sessions.js';
import type { ConsoleUser } from './users.js';
import { page, texts } from './views/layout.js';
import { signInPage } from './views/signInPage.js';

/** Names the pre-sign-in session during an OpenID Connect round trip (SameSite=Lax: the provider redirects back cross-site). */
const OIDC_COOKIE = 'console_oidc';
const OIDC_COOKIE_PATH = '/console/oidc';
const HOME = '/console/conversations';

/** Sign-in (local accounts and OpenID Connect) and sign-out. */
export function registerAuthRoutes(server: Server, services: ConsoleServices): void {
  const { sessions } = services;

  const showSignIn = (res: Response, session: Session, status: number, view: { error?: string; name?: string }, setCookie?: string) =>
    sendHtml(res, status, signInPage(pageContext(services, session), { ...view, oidc: services.oidc !== undefined }), setCookie ? { 'Set-Cookie': setCookie } : {});

  /** A fresh session for who signed in (a new id, so an earlier cookie cannot ride along). */
  const startSession = (previous: Session, user: ConsoleUser): string => {
    sessions.store.destroy(previous);
    return sessions.cookie(sessions.store.create(user));
  };

  server.get('/console/sign-in', async (req: Request, res: Response) => {
    const { session, setCookie } = sessions.currentOrNew(req);
    if (session.user) return redirect(res, HOME);
    showSignIn(res, session, 200, {}, setCookie);
  });

  server.post('/console/sign-in', async (req: Request, res: Response) => {
    const session = sessions.current(req);
    if (!session) return redirect(res, '/console/sign-in');
    if (!sessions.checkCsrf(req, res, session)) return;
    const form = formOf(req);
    const name = field(form, 'name').trim();
    const t = texts(pageContext(services, session));
    const result = await services.passwords.signIn(name, field(form, 'password'), req.socket.remoteAddress ?? '');
    if (result.ok) return redirect(res, HOME, { 'Set-Cookie': startSession(session, result.user) });
    const error =
      result.reason === 'locked'
        ? t('console.sign-in.locked', { minutes: result.minutes })
        : result.reason === 'busy'
          ? t('console.sign-in.busy')
          : t('console.sign-in.wrong');
    showSignIn(res, session, result.reason === 'wrong' ? 401 : 429, { error, name });
  });

  server.get('/console/oidc/start', async (req: Request, res: Response) => {
    const { oidc } = services;
    if (!oidc) return redirect(res, '/console/sign-in');
    const { session } = sessions.currentOrNew(req);
    let started;
    try {
      started = await oidc.start();
    } catch (error) {
      services.logger.error({ err: error }, 'console OpenID Connect provider unreachable');
      return showSignIn(res, session, 503, { error: texts(pageContext(services, session))('console.sign-in.oidc-failed') }, sessions.cookie(session));
    }
    const { url, flow } = started;
    session.oidc = flow;
    const cookie = serializeCookie(OIDC_COOKIE, sessions.store.cookieValue(session), {
      path: OIDC_COOKIE_PATH,
      sameSite: 'Lax',
      secure: services.publicUrl.startsWith('https:'),
      maxAge: 600,
    });
    redirect(res, url.href, { 'Set-Cookie': [cookie, sessions.cookie(session)] });
  });

  server.get('/console/oidc/callback', async (req: Request, res: Response) => {
    const session = sessions.store.fromCookie(parseCookies(req.headers.cookie).get(OIDC_COOKIE));
    const flow = session?.oidc;
    const { oidc } = services;
    const clearOidc = serializeCookie(OIDC_COOKIE, '', { path: OIDC_COOKIE_PATH, sameSite: 'Lax', secure: services.publicUrl.startsWith('https:'), maxAge: 0 });
    if (!oidc || !session || !flow) return redirect(res, '/console/sign-in', { 'Set-Cookie': clearOidc });
    delete session.oidc;
    const t = texts(pageContext(services, session));
    let user: ConsoleUser;
    try {
      user = await oidc.finish(new URL(req.url ?? '/', services.publicUrl), flow);
    } catch (error) {
      services.logger.warn({ err: error }, 'console OpenID Connect sign-in failed');
      await services.records.audit.record({ user: 'oidc', action: 'sign-in-failed' });
      return showSignIn(res, session, 401, { error: t('console.sign-in.oidc-failed') }, clearOidc);
    }
    await services.records.audit.record({ user: user.name, action: 'sign-in' });
    const cookie = startSession(session, user);
    // A page, not a redirect: the browser then follows the link as a same-site navigation and sends the SameSite=Strict cookie.
    const body = html`<p><a href="${HOME}">${t('console.sign-in.continue')}</a></p>`;
    const head = html`<meta http-equiv="refresh" content="0;url=${HOME}">`;
    sendHtml(res, 200, page(pageContext(services, undefined), { title: t('console.sign-in.done'), head, body }), {
      'Set-Cookie': [cookie, clearOidc],
    });
  });

  server.post(
    '/console/sign-out',
    signedIn(services, { page: false }, async (_req, res, session) => {
      await services.records.audit.record({ user: session.user.name, action: 'sign-out' });
      sessions.store.destroy(session);
      redirect(res, '/console/sign-in', { 'Set-Cookie': sessions.clearCookie() });
    }),
  );
}
