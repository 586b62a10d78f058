import type { InsightData } from '../../records/types.js';
import { WISHES } from '../../understanding/types.js';
import { barChart, type Bar } from '../charts.js';
import { html, type Html } from '../html.js';
import { outcomeLabel } from './labels.js';
import { page, texts, type PageContext } from './layout.js';

function byKey(counts: Record<string, number>): Bar[] {
  return Object.keys(counts)
    .sort()
    .map((label) => ({ label, value: counts[label] ?? 0 }));
}

/** Steps in the order of the conversation; steps the order does not know come last. */
function inOrder(counts: Record<string, number>, order: readonly string[]): Bar[] {
  const rank = (step: string) => (order.includes(step) ? order.indexOf(step) : order.length);
  return Object.keys(counts)
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((label) => ({ label, value: counts[label] ?? 0 }));
}

export function insightPage(context: PageContext, data: InsightData, stepOrder: readonly string[]): Html {
  const t = texts(context);
  const chart = (name: string, bars: Bar[], labelHeader: string) =>
    barChart(bars, { caption: t(`console.insight.${name}`), labelHeader, valueHeader: t('console.insight.count'), empty: t('console.insight.empty') });
  const outcomes = [...WISHES, ...((data.outcomes['none'] ?? 0) > 0 ? (['none'] as const) : [])].map((wish) => ({
    label: outcomeLabel(context, wish),
    value: data.outcomes[wish] ?? 0,
  }));
  const scores = Array.from({ length: 10 }, (_, i) => ({ label: String(i + 1), value: data.scores[String(i + 1)] ?? 0 }));
  const unanswered = [...data.unanswered].sort((a, b) => b.count - a.count);
  return page(context, {
    title: t('console.insight.title'),
    section: 'insight',
    body: html`<p>${t('console.insight.intro')}</p>
<div class="charts">
${chart('per-week', byKey(data.conversationsPerWeek), t('console.insight.week'))}
${chart('outcomes', outcomes, t('console.insight.outcome'))}
${chart('steps', inOrder(data.stepsReached, stepOrder), t('console.insight.step'))}
${chart('scores', scores, t('console.insight.score'))}
${chart('crisis', byKey(data.crisisPerWeek), t('console.insight.week'))}
</div>
<div class="table-wrap"><table>
  <caption>${t('console.insight.unanswered')}</caption>
  <thead><tr><th scope="col">${t('console.insight.question')}</th><th scope="col">${t('console.insight.count')}</th></tr></thead>
  <tbody>${unanswered.length === 0 ? html`<tr><td colspan="2">${t('console.insight.empty')}</td></tr>` : unanswered.map((item) => html`<tr><td>${item.question}</td><td>${item.count}</td></tr>`)}</tbody>
</table></div>`,
  });
}
