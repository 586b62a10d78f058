import { hasValidCsrfToken } from '../../src/console/csrf.js';
import { SessionStore } from '../../src/console/sessions.js';

describe('console sessions', () => {
  let now = 0;
  const store = () => new SessionStore({ secret: 'test secret', idleMs: 1000, now: () => now });

  beforeEach(() => {
    now = 1_000_000;
  });

  test('when a signed cookie comes back, then it names the session', () => {
    const sessions = store();
    const session = sessions.create({ name: 'an', role: 'counsellor' });
    expect(sessions.fromCookie(sessions.cookieValue(session))?.user).toEqual({ name: 'an', role: 'counsellor' });
  });

  test('when the id or the signature is changed, or the secret differs, then no session is found', () => {
    const sessions = store();
    const value = sessions.cookieValue(sessions.create());
    const [id, signature] = value.split('.');
    expect(sessions.fromCookie(`${id}.${signature?.slice(1)}x`)).toBeUndefined();
    expect(sessions.fromCookie(`${id}x.${signature}`)).toBeUndefined();
    expect(sessions.fromCookie(id)).toBeUndefined();
    expect(new SessionStore({ secret: 'other', idleMs: 1000 }).fromCookie(value)).toBeUndefined();
  });

  test('when a session is used within the idle time, then it lives on; after a quiet idle time it is gone', () => {
    const sessions = store();
    const value = sessions.cookieValue(sessions.create());
    now += 900;
    expect(sessions.fromCookie(value)).toBeDefined();
    now += 900;
    expect(sessions.fromCookie(value)).toBeDefined();
    now += 1001;
    expect(sessions.fromCookie(value)).toBeUndefined();
  });

  test('when a session is destroyed (sign-out), then its cookie no longer works', () => {
    const sessions = store();
    const session = sessions.create();
    sessions.destroy(session);
    expect(sessions.fromCookie(sessions.cookieValue(session))).toBeUndefined();
  });

  test('when no secret is configured, then a random one signs and verifies', () => {
    const sessions = new SessionStore({ secret: '', idleMs: 1000 });
    const session = sessions.create();
    expect(sessions.fromCookie(sessions.cookieValue(session))?.id).toBe(session.id);
  });

  test('when a form carries another token or none, then the CSRF check fails', () => {
    const sessions = store();
    const session = sessions.create();
    const other = sessions.create();
    expect(hasValidCsrfToken(session, { _csrf: session.csrfToken })).toBe(true);
    expect(hasValidCsrfToken(session, { _csrf: other.csrfToken })).toBe(false);
    expect(hasValidCsrfToken(session, {})).toBe(false);
    expect(hasValidCsrfToken(session, { _csrf: [session.csrfToken] })).toBe(false);
  });

  test('when many anonymous visits come, then the oldest anonymous sessions go, never a signed-in one', () => {
    const sessions = new SessionStore({ secret: 'test secret', idleMs: 60_000, maxAnonymous: 100, maxSignedIn: 10, now: () => now });
    const counsellor = sessions.cookieValue(sessions.create({ name: 'an', role: 'counsellor' }));
    const first = sessions.cookieValue(sessions.create());
    for (let i = 0; i < 1_000; i++) sessions.create();
    expect(sessions.fromCookie(counsellor)?.user?.name).toBe('an');
    expect(sessions.fromCookie(first)).toBeUndefined();
  });

  test('when more counsellors sign in than the cap, then the least recently active one goes', () => {
    const sessions = new SessionStore({ secret: 'test secret', idleMs: 60_000, maxSignedIn: 2, now: () => now });
    const a = sessions.cookieValue(sessions.create({ name: 'a', role: 'counsellor' }));
    const b = sessions.cookieValue(sessions.create({ name: 'b', role: 'counsellor' }));
    sessions.fromCookie(a);
    sessions.create({ name: 'c', role: 'counsellor' });
    expect(sessions.fromCookie(a)).toBeDefined();
    expect(sessions.fromCookie(b)).toBeUndefined();
  });
});
