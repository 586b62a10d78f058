import type { KbEntry } from '../../knowledge/schema.js';
import { html, type Html } from '../html.js';
import { page, texts, type PageContext } from './layout.js';

/** A knowledge-base entry as a counsellor checks it: title, answer and sources. */
export function knowledgePage(context: PageContext, entry: KbEntry): Html {
  const t = texts(context);
  return page(context, {
    title: entry.title,
    section: 'conversations',
    body: html`<p class="muted">${t('console.knowledge.id', { id: entry.id })}</p>
<h2>${t('console.knowledge.answer')}</h2>
<p class="answer">${entry.answer}</p>
<h2>${t('console.knowledge.sources')}</h2>
<ul>${entry.sources.map((source) => html`<li><a href="${source.url}" rel="noopener noreferrer">${source.title}</a> – ${t('console.knowledge.checked', { date: source.checked })}</li>`)}</ul>
<p>${t('console.knowledge.review-by', { date: entry.reviewBy })}</p>`,
  });
}
