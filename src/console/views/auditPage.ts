import type { AuditEntry } from '../../records/types.js';
import { html, type Html } from '../html.js';
import { formatDateTime, page, texts, type PageContext } from './layout.js';

export function auditPage(context: PageContext, entries: readonly AuditEntry[]): Html {
  const t = texts(context);
  return page(context, {
    title: t('console.audit.title'),
    section: 'audit',
    body: html`<div class="table-wrap"><table>
  <caption>${t('console.audit.caption', { count: entries.length })}</caption>
  <thead><tr><th scope="col">${t('console.audit.column.at')}</th><th scope="col">${t('console.audit.column.user')}</th><th scope="col">${t('console.audit.column.action')}</th><th scope="col">${t('console.audit.column.target')}</th></tr></thead>
  <tbody>${entries.map((entry) => html`<tr><td>${formatDateTime(entry.at)}</td><td>${entry.user}</td><td>${t(`console.audit.action.${entry.action}`)}</td><td>${entry.target ?? '–'}</td></tr>`)}</tbody>
</table></div>`,
  });
}
