import { REGION_CODES } from '../../contacts/regionCodes.js';
import type { ConversationRecord } from '../../records/types.js';
import { WISHES } from '../../understanding/types.js';
import type { ConversationFilter } from '../conversationFilter.js';
import { html, type Html } from '../html.js';
import { outcomeLabel, regionLabel, yesNoLabel } from './labels.js';
import { formatDateTime, page, texts, type PageContext } from './layout.js';

function select(id: string, label: string, options: Array<[string, string]>, selected: string | undefined): Html {
  return html`<p><label for="${id}">${label}</label>
  <select id="${id}" name="${id}">${options.map(([value, text]) => html`<option value="${value}"${value === (selected ?? '') ? html` selected` : ''}>${text}</option>`)}</select></p>`;
}

function yesNoValue(value: boolean | undefined): string | undefined {
  return value === undefined ? undefined : value ? 'yes' : 'no';
}

function filterForm(context: PageContext, filter: ConversationFilter): Html {
  const t = texts(context);
  const any: [string, string] = ['', t('console.filter.any')];
  const yesNo: Array<[string, string]> = [any, ['yes', yesNoLabel(context, true)], ['no', yesNoLabel(context, false)]];
  const scores: Array<[string, string]> = [any, ...Array.from({ length: 10 }, (_, i): [string, string] => [String(i + 1), String(i + 1)])];
  return html`<form method="get" action="/console/conversations" class="filters" role="search" aria-label="${t('console.filter.label')}">
  <p><label for="q">${t('console.filter.text')}</label> <input id="q" name="q" type="search" value="${filter.text ?? ''}"></p>
  <p><label for="from">${t('console.filter.from')}</label> <input id="from" name="from" type="date" value="${filter.from ?? ''}"></p>
  <p><label for="to">${t('console.filter.to')}</label> <input id="to" name="to" type="date" value="${filter.to ?? ''}"></p>
  ${select('region', t('console.filter.region'), [any, ...REGION_CODES.map((code): [string, string] => [code, regionLabel(code)])], filter.region)}
  ${select('outcome', t('console.filter.outcome'), [any, ...[...WISHES, 'none' as const].map((wish): [string, string] => [wish, outcomeLabel(context, wish)])], filter.outcome)}
  ${select('crisis', t('console.filter.crisis'), yesNo, yesNoValue(filter.crisis))}
  ${select('callback', t('console.filter.callback'), yesNo, yesNoValue(filter.callback))}
  ${select('minScore', t('console.filter.min-score'), scores, filter.minScore?.toString())}
  ${select('maxScore', t('console.filter.max-score'), scores, filter.maxScore?.toString())}
  <p class="actions"><button type="submit">${t('console.filter.submit')}</button> <a href="/console/conversations">${t('console.filter.reset')}</a></p>
</form>`;
}

export function conversationHref(conversationId: string): string {
  return `/console/conversations/${encodeURIComponent(conversationId)}`;
}

function row(context: PageContext, record: ConversationRecord): Html {
  return html`<tr>
  <td><a href="${conversationHref(record.conversationId)}">${formatDateTime(record.lastActivityAt)}</a></td>
  <td>${formatDateTime(record.startedAt)}</td>
  <td>${regionLabel(record.region)}</td>
  <td>${outcomeLabel(context, record.wish)}</td>
  <td>${record.score ?? '–'}</td>
  <td>${record.crisis ? html`<strong>${yesNoLabel(context, true)}</strong>` : yesNoLabel(context, false)}</td>
  <td>${yesNoLabel(context, record.callbackRequested)}</td>
  <td>${record.lastStep ?? '–'}</td>
  <td>${record.cameBack ? formatDateTime(record.cameBack.at) : '–'}</td>
  <td>${record.messageCount}</td>
</tr>`;
}

export function conversationsPage(context: PageContext, filter: ConversationFilter, records: readonly ConversationRecord[], total: number): Html {
  const t = texts(context);
  const headers = ['last-activity', 'started', 'region', 'outcome', 'score', 'crisis', 'callback', 'last-step', 'came-back', 'messages'];
  return page(context, {
    title: t('console.conversations.title'),
    section: 'conversations',
    body: html`${filterForm(context, filter)}
<div class="table-wrap"><table>
  <caption>${t('console.conversations.caption', { shown: records.length, total })}</caption>
  <thead><tr>${headers.map((header) => html`<th scope="col">${t(`console.conversations.column.${header}`)}</th>`)}</tr></thead>
  <tbody>${records.length === 0 ? html`<tr><td colspan="${headers.length}">${t('console.conversations.none')}</td></tr>` : records.map((record) => row(context, record))}</tbody>
</table></div>`,
  });
}
