import type { CallbackRequest } from '../../records/types.js';
import { html, type Html } from '../html.js';
import { conversationHref } from './conversationsPage.js';
import { regionLabel } from './labels.js';
import { csrfField, formatDateTime, page, texts, type PageContext } from './layout.js';

function statusForm(context: PageContext, request: CallbackRequest, status: 'taken' | 'done', label: string): Html {
  return html`<form method="post" action="/console/callbacks/${encodeURIComponent(request.id)}">
  ${csrfField(context)}<input type="hidden" name="status" value="${status}">
  <button type="submit">${label}</button>
</form>`;
}

function row(context: PageContext, request: CallbackRequest): Html {
  const t = texts(context);
  const contactHref = request.contact.kind === 'email' ? `mailto:${request.contact.value}` : `tel:${request.contact.value.replace(/[^+\d]/g, '')}`;
  return html`<tr>
  <td>${formatDateTime(request.createdAt)}</td>
  <td>${regionLabel(request.region)}</td>
  <td class="summary">${request.summary}</td>
  <td><a href="${contactHref}">${request.contact.value}</a></td>
  <td>${t(`console.callbacks.status.${request.status}`)}${request.takenBy ? html`<br><span class="muted">${t('console.callbacks.taken-by', { name: request.takenBy })}</span>` : ''}</td>
  <td class="actions">
    ${request.status === 'new' ? statusForm(context, request, 'taken', t('console.callbacks.take')) : ''}
    ${request.status !== 'done' ? statusForm(context, request, 'done', t('console.callbacks.done')) : ''}
    <a href="${conversationHref(request.conversationId)}">${t('console.callbacks.open-conversation')}</a>
  </td>
</tr>`;
}

function table(context: PageContext, caption: string, requests: readonly CallbackRequest[]): Html {
  const t = texts(context);
  const headers = ['created', 'region', 'summary', 'contact', 'status', 'actions'];
  return html`<div class="table-wrap"><table>
  <caption>${caption}</caption>
  <thead><tr>${headers.map((header) => html`<th scope="col">${t(`console.callbacks.column.${header}`)}</th>`)}</tr></thead>
  <tbody>${requests.length === 0 ? html`<tr><td colspan="${headers.length}">${t('console.callbacks.none')}</td></tr>` : requests.map((request) => row(context, request))}</tbody>
</table></div>`;
}

/** The call-back queue: open requests oldest first (who waits longest comes first), then the finished ones. */
export function callbacksPage(context: PageContext, requests: readonly CallbackRequest[]): Html {
  const t = texts(context);
  const open = requests.filter((request) => request.status !== 'done').sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const done = requests.filter((request) => request.status === 'done');
  return page(context, {
    title: t('console.callbacks.title'),
    section: 'callbacks',
    body: html`${table(context, t('console.callbacks.open'), open)}${table(context, t('console.callbacks.finished'), done)}`,
  });
}
