import type { Messages } from '../content/messages.js';
import { siteLinks } from '../site/noticePage.js';

/** Where the page gets its tokens and talks Direct Line: this server, or Azure's Direct Line. */
export interface PageMode {
  kind: 'self' | 'azure';
  /** The Direct Line base URL (absolute, or a path on this server). */
  domain: string;
  /** Where the page asks for a token for a new conversation. */
  tokenUrl: string;
}

/** The chat page: Web Chat (served by this server) filling the whole window, in Dutch. */
export function renderPage(messages: Messages, mode: PageMode, pushKey?: string): string {
  const text = (key: string) => escapeHtml(messages.text(key));
  const push = pushKey ? ` data-push-key="${escapeHtml(pushKey)}" data-push="${text('webchat.page.push')}"
  data-push-done="${text('webchat.page.push.done')}" data-push-failed="${text('webchat.page.push.failed')}"` : '';
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text('webchat.page.title')}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/webchat/chat.css">
</head>
<body>
<h1 class="visually-hidden">${text('webchat.page.title')}</h1>
<main id="chat" aria-label="${text('webchat.page.label')}" data-mode="${mode.kind}" data-domain="${escapeHtml(mode.domain)}"
  data-token-url="${escapeHtml(mode.tokenUrl)}" data-error="${text('webchat.page.error')}"
  data-placeholder="${text('webchat.page.placeholder')}" data-link-wrong="${text('webchat.page.link.wrong')}"${push}></main>
<div class="page-options">
<label><input type="checkbox" id="remember"> ${text('webchat.page.remember')}</label>
<span class="hint">${text('webchat.page.remember.hint')}</span>
<p id="notice" role="status" hidden></p>
</div>
<noscript>${text('webchat.page.noscript')}</noscript>
<footer class="site-links">${siteLinks(messages, { newTab: true, withoutChat: true }).value}</footer>
<script src="/webchat/webchat.js"></script>
<script src="/webchat/chat.js"></script>
</body>
</html>
`;
}

/**
 * The page's Content-Security-Policy: nothing from elsewhere except, in Azure mode, Azure's Direct
 * Line; framed only by the allowed origins. Web Chat styles itself with inline styles.
 */
export function pageSecurityPolicy(mode: PageMode, allowedOrigins: readonly string[]): string {
  const azure = mode.kind === 'azure' ? [new URL(mode.domain).origin, new URL(mode.domain).origin.replace(/^http/, 'ws')] : [];
  const ancestors = allowedOrigins.includes('*') ? ['*'] : ["'self'", ...allowedOrigins];
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "media-src 'self' blob:",
    "worker-src 'self'",
    `connect-src 'self' ${azure.join(' ')}`.trim(),
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${ancestors.join(' ')}`,
  ].join('; ');
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
