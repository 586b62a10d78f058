import type { ConversationRecord } from '../../records/types.js';
import { html, type Html } from '../html.js';
import { conversationHref } from './conversationsPage.js';
import { csrfField, formatDateTime, page, texts, type PageContext } from './layout.js';

/** The confirmation step before an admin deletes a conversation. */
export function deletePage(context: PageContext, record: ConversationRecord): Html {
  const t = texts(context);
  const href = conversationHref(record.conversationId);
  return page(context, {
    title: t('console.delete.title'),
    section: 'conversations',
    body: html`<p>${t('console.delete.question', { date: formatDateTime(record.startedAt) })}</p>
<p>${t('console.delete.consequence')}</p>
<form method="post" action="${href}/delete">
  ${csrfField(context)}
  <p class="actions"><button type="submit" class="danger">${t('console.delete.confirm')}</button> <a href="${href}">${t('console.delete.cancel')}</a></p>
</form>`,
  });
}
