import type { Messages } from '../content/messages.js';
import { html, type Html } from '../console/html.js';
import { fillNotice, type Notice, type NoticeSettings, type PrivacyNotice, type Section } from './noticeContent.js';
import { PRIVACY_PATH, TERMS_PATH } from './paths.js';

export const SITE_STYLESHEET_PATH = '/site/site.css';

export interface SiteLinkOptions {
  /** The page that shows the links, marked as the current one. */
  current?: string;
  /** Opens the pages in a new tab, so a chat stays open beside them. */
  newTab?: boolean;
  /** Leaves out the link to the chat (on the chat page itself). */
  withoutChat?: boolean;
}

/** The links to the chat, the privacy page and the terms. */
export function siteLinks(messages: Messages, options: SiteLinkOptions = {}): Html {
  const links: Array<[string, string]> = [
    ...(options.withoutChat === true ? [] : [['/', messages.text('site.nav.chat')] as [string, string]]),
    [PRIVACY_PATH, messages.text('site.nav.privacy')],
    [TERMS_PATH, messages.text('site.nav.terms')],
  ];
  const target = options.newTab === true ? html` target="_blank" rel="noopener"` : '';
  return html`<nav aria-label="${messages.text('site.nav.label')}"><ul>
${links.map(([href, label]) => html`<li><a href="${href}"${href === options.current ? html` aria-current="page"` : target}>${label}</a></li>`)}
</ul></nav>`;
}

/** The privacy page, filled in from the running settings. */
export function renderPrivacyPage(messages: Messages, notice: PrivacyNotice, settings: NoticeSettings): string {
  const fill = (value: string) => fillNotice(value, settings, notice.unset);
  const lines = { storage: fill(notice.storage[settings.storage]), consent: fill(notice.consent[settings.transcriptConsent]) };
  const summaries = notice.summaries.map((summary) => {
    const own = { consent: fill(summary.consent[settings.transcriptConsent]) };
    return html`<section class="summary" lang="${summary.lang}" id="summary-${summary.lang}" aria-labelledby="summary-${summary.lang}-title">
<h2 id="summary-${summary.lang}-title">${summary.title}</h2>
${summary.paragraphs.map((paragraph) => html`<p>${fillNotice(paragraph, settings, notice.unset, own)}</p>`)}
</section>`;
  });
  const contents = [...notice.sections, ...notice.summaries.map((s) => ({ id: `summary-${s.lang}`, title: s.title }))];
  return renderNotice(messages, PRIVACY_PATH, notice, (value) => fillNotice(value, settings, notice.unset, lines), contents, summaries);
}

/** The terms of use, with the organisation from the settings. */
export function renderTermsPage(messages: Messages, notice: Notice, settings: NoticeSettings): string {
  return renderNotice(messages, TERMS_PATH, notice, (value) => fillNotice(value, settings, notice.unset), notice.sections, []);
}

function renderNotice(
  messages: Messages,
  path: string,
  notice: Notice,
  fill: (value: string) => string,
  contents: ReadonlyArray<Pick<Section, 'id' | 'title'>>,
  after: readonly Html[],
): string {
  return html`<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${fill(notice.title)}</title>
<link rel="stylesheet" href="${SITE_STYLESHEET_PATH}">
</head>
<body>
<a class="skip-link" href="#main">${messages.text('site.skip-link')}</a>
<header>${siteLinks(messages, { current: path })}</header>
<main id="main" tabindex="-1">
<h1>${fill(notice.title)}</h1>
${notice.intro.map((paragraph) => html`<p>${fill(paragraph)}</p>`)}
<nav class="contents" aria-labelledby="contents-title">
<h2 id="contents-title">${messages.text('site.contents')}</h2>
<ul>${contents.map((section) => html`<li><a href="#${section.id}">${fill(section.title)}</a></li>`)}</ul>
</nav>
${notice.sections.map((section) => renderSection(section, fill))}
${after}
</main>
</body>
</html>
`.value;
}

function renderSection(section: Section, fill: (value: string) => string): Html {
  return html`<section id="${section.id}" aria-labelledby="${section.id}-title">
<h2 id="${section.id}-title">${fill(section.title)}</h2>
${section.paragraphs.map((paragraph) => html`<p>${fill(paragraph)}</p>`)}
${section.items ? html`<ul>${section.items.map((item) => html`<li>${fill(item)}</li>`)}</ul>` : ''}
</section>`;
}
