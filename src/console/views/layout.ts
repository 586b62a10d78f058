import type { Messages, MessageVars } from '../../content/messages.js';
import { siteLinks } from '../../site/noticePage.js';
import { CSRF_FIELD } from '../csrf.js';
import { html, type Html } from '../html.js';
import type { ConsoleUser } from '../users.js';

/** What every page needs: the texts, who is signed in and the session's CSRF token. */
export interface PageContext {
  messages: Messages;
  user: ConsoleUser | undefined;
  csrfToken: string;
}

export type Section = 'conversations' | 'callbacks' | 'insight' | 'audit';

export function texts(context: PageContext): (key: string, vars?: MessageVars) => string {
  return (key, vars) => context.messages.text(key, vars);
}

export function csrfField(context: PageContext): Html {
  return html`<input type="hidden" name="${CSRF_FIELD}" value="${context.csrfToken}">`;
}

function navigation(context: PageContext, user: ConsoleUser, section: Section | undefined): Html {
  const t = texts(context);
  const links: Array<[Section, string, string]> = [
    ['conversations', '/console/conversations', t('console.nav.conversations')],
    ['callbacks', '/console/callbacks', t('console.nav.callbacks')],
    ['insight', '/console/insight', t('console.nav.insight')],
    ...(user.role === 'admin' ? [['audit', '/console/audit', t('console.nav.audit')] as [Section, string, string]] : []),
  ];
  return html`<nav aria-label="${t('console.nav.label')}"><ul>
    ${links.map(([name, href, label]) => html`<li><a href="${href}"${name === section ? html` aria-current="page"` : ''}>${label}</a></li>`)}
  </ul></nav>
  <form method="post" action="/console/sign-out" class="sign-out">
    ${csrfField(context)}
    <span>${t('console.signed-in-as', { name: user.name })}</span>
    <button type="submit">${t('console.sign-out')}</button>
  </form>`;
}

/** A whole console page: header with navigation and sign-out, then the page's own heading and body. */
export function page(context: PageContext, options: { title: string; section?: Section; head?: Html; body: Html }): Html {
  const t = texts(context);
  return html`<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} – ${t('console.title')}</title>
<link rel="stylesheet" href="/console/static/console.css">
${options.head}
</head>
<body>
<a class="skip-link" href="#main">${t('console.skip-link')}</a>
<header>
  <p class="brand">${t('console.title')}</p>
  ${context.user ? navigation(context, context.user, options.section) : ''}
</header>
<main id="main" tabindex="-1">
<h1>${options.title}</h1>
${options.body}
</main>
<footer class="site-links">${siteLinks(context.messages, { newTab: true })}</footer>
</body>
</html>`;
}

/** A page with one short message, for errors and confirmations. */
export function messagePage(context: PageContext, title: string, text: string): Html {
  return page(context, { title, body: html`<p>${text}</p><p><a href="/console">${texts(context)('console.back-home')}</a></p>` });
}

/** Dates and times as counsellors in Belgium read them. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString('nl-BE', { timeZone: 'Europe/Brussels', dateStyle: 'short', timeStyle: 'short' });
}
