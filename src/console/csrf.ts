import { timingSafeEqual } from 'node:crypto';
import type { Session } from './sessions.js';

/** The form field that carries the session's CSRF token. */
export const CSRF_FIELD = '_csrf';

/** True when a submitted form carries the session's own CSRF token (compared in constant time). */
export function hasValidCsrfToken(session: Session, form: Readonly<Record<string, unknown>>): boolean {
  const submitted = form[CSRF_FIELD];
  if (typeof submitted !== 'string') return false;
  const expected = Buffer.from(session.csrfToken);
  const given = Buffer.from(submitted);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
