import type { Activity } from 'botbuilder';
import type { KnowledgeBase } from '../../knowledge/knowledgeBase.js';
import type { ComebackNote, ConversationRecord } from '../../records/types.js';
import { fallbackText } from '../conversationFilter.js';
import { html, type Html } from '../html.js';
import { conversationHref } from './conversationsPage.js';
import { outcomeLabel, regionLabel, yesNoLabel } from './labels.js';
import { formatDateTime, page, texts, type PageContext } from './layout.js';

interface BotMarks {
  step?: string;
  kbId?: string;
}

function marks(activity: Activity): BotMarks {
  const data = (activity.channelData ?? {}) as Record<string, unknown>;
  return {
    ...(typeof data['step'] === 'string' ? { step: data['step'] } : {}),
    ...(typeof data['kbId'] === 'string' ? { kbId: data['kbId'] } : {}),
  };
}

function fromYoungPerson(activity: Activity): boolean {
  return activity.from?.role === 'user';
}

function bubble(context: PageContext, knowledge: KnowledgeBase, activity: Activity): Html {
  const t = texts(context);
  const young = fromYoungPerson(activity);
  const { step, kbId } = marks(activity);
  const text = activity.text || fallbackText(activity) || ((activity.attachments ?? []).length > 0 ? t('console.chat.card') : '');
  const choices = (activity.suggestedActions?.actions ?? []).map((action) => action.title ?? String(action.value ?? ''));
  const entry = kbId === undefined ? undefined : knowledge.entry(kbId);
  const time = activity.timestamp ? formatDateTime(new Date(activity.timestamp).toISOString()) : '';
  return html`<li class="bubble ${young ? 'young' : 'bot'}">
  <p class="who">${t(young ? 'console.chat.young-person' : 'console.chat.bot')}${time ? html` <span class="time">${time}</span>` : ''}${step ? html` <span class="step">${t('console.chat.step', { step })}</span>` : ''}</p>
  <p class="text">${text}</p>
  ${choices.length > 0 ? html`<p class="choices">${t('console.chat.choices', { choices: choices.join(' · ') })}</p>` : ''}
  ${kbId ? html`<p class="kb"><a href="/console/knowledge/${encodeURIComponent(kbId)}">${t('console.chat.kb', { title: entry?.title ?? kbId })}</a></p>` : ''}
</li>`;
}

/** A phase heading where the bot's step moves to another part of the talk (intake, future, …). */
function phaseOf(activity: Activity): string | undefined {
  if (fromYoungPerson(activity)) return undefined;
  return marks(activity).step?.split('.')[0];
}

function chat(context: PageContext, knowledge: KnowledgeBase, activities: readonly Activity[]): Html {
  const t = texts(context);
  let phase: string | undefined;
  const items = activities
    .filter((activity) => activity.type === 'message')
    .flatMap((activity) => {
      const next = phaseOf(activity);
      const marker = next !== undefined && next !== phase ? html`<li class="phase"><h3>${t('console.chat.phase', { phase: next })}</h3></li>` : '';
      if (next !== undefined) phase = next;
      return [marker, bubble(context, knowledge, activity)];
    });
  return items.length === 0 ? html`<p>${t('console.chat.empty')}</p>` : html`<ol class="chat">${items}</ol>`;
}

/** That the young person came back to a finished talk, and what changed, in their (redacted) words. */
function comebackFacts(context: PageContext, note: ComebackNote | undefined): Array<[string, string]> {
  if (!note) return [];
  const t = texts(context);
  const facts: Array<[string, string]> = [[t('console.conversations.column.came-back'), t('console.comeback.when', { at: formatDateTime(note.at), returns: note.returns })]];
  if (note.howItWent !== undefined) facts.push([t('console.comeback.how'), note.howItWent]);
  if (note.better !== undefined) facts.push([t('console.comeback.better'), note.better]);
  if (note.previousNextStep !== undefined) facts.push([t('console.comeback.plan'), t('console.comeback.plan.changed', { before: note.previousNextStep, after: note.nextStep ?? '–' })]);
  return facts;
}

export function conversationPage(context: PageContext, knowledge: KnowledgeBase, record: ConversationRecord, activities: readonly Activity[]): Html {
  const t = texts(context);
  const href = conversationHref(record.conversationId);
  const facts: Array<[string, string]> = [
    [t('console.conversations.column.started'), formatDateTime(record.startedAt)],
    [t('console.conversations.column.last-activity'), formatDateTime(record.lastActivityAt)],
    [t('console.conversations.column.region'), regionLabel(record.region)],
    [t('console.conversations.column.outcome'), outcomeLabel(context, record.wish)],
    [t('console.conversations.column.score'), record.score?.toString() ?? '–'],
    [t('console.conversations.column.crisis'), yesNoLabel(context, record.crisis)],
    [t('console.conversations.column.callback'), yesNoLabel(context, record.callbackRequested)],
    [t('console.conversations.column.last-step'), record.lastStep ?? '–'],
    ...comebackFacts(context, record.cameBack),
  ];
  return page(context, {
    title: t('console.conversation.title'),
    section: 'conversations',
    body: html`<dl class="facts">${facts.map(([term, value]) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`)}</dl>
<p class="actions">
  <a class="button" href="${href}/export" download>${t('console.conversation.export')}</a>
  ${context.user?.role === 'admin' ? html`<a class="button danger" href="${href}/delete">${t('console.conversation.delete')}</a>` : ''}
</p>
<h2>${t('console.conversation.chat')}</h2>
${chat(context, knowledge, activities)}`,
  });
}
