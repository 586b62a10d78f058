/** The public pages about the bot, served by its own HTTP server. */
export const PRIVACY_PATH = '/privacy';
export const TERMS_PATH = '/terms';

/**
 * The absolute URL of one of the bot's pages under its public base URL (PUBLIC_URL), which may have
 * a path of its own behind a reverse proxy: https://example.org/bot + /privacy → https://example.org/bot/privacy.
 */
export function publicPageUrl(publicUrl: string | URL, path: string): string {
  const base = new URL(publicUrl);
  if (!base.pathname.endsWith('/')) base.pathname = `${base.pathname}/`;
  return new URL(path.replace(/^\//, ''), base).href;
}

/** Where the printable plan pages are, each at its private link: /plan/<token>. */
export const PLAN_PAGE_PREFIX = '/plan/';

export function planPagePath(token: string): string {
  return `${PLAN_PAGE_PREFIX}${encodeURIComponent(token)}`;
}
