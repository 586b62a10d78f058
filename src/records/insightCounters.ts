import type { InsightData, InsightEvent, UnansweredQuestion } from './types.js';

/** A chart of the insight page. */
export type InsightChart = keyof InsightData;

/** One counter: which chart, which bar, how many. */
export interface InsightCounter {
  chart: InsightChart;
  key: string;
  count: number;
}

/** The chart and bar an event adds one to; shared by every InsightStore. */
export function counterOf(event: InsightEvent): [Exclude<InsightChart, 'unanswered'>, string] {
  switch (event.kind) {
    case 'conversation-started':
      return ['conversationsPerWeek', event.week];
    case 'step-reached':
      return ['stepsReached', event.step];
    case 'outcome-chosen':
      return ['outcomes', event.wish];
    case 'score-given':
      return ['scores', String(event.score)];
    case 'crisis-flagged':
      return ['crisisPerWeek', event.week];
  }
}

/** The charts from a set of counters; unanswered questions most frequent first. */
export function insightDataOf(counters: Iterable<InsightCounter>): InsightData {
  const data: InsightData = {
    conversationsPerWeek: {},
    stepsReached: {},
    outcomes: {},
    scores: {},
    crisisPerWeek: {},
    unanswered: [],
  };
  for (const { chart, key, count } of counters) {
    if (chart === 'unanswered') data.unanswered.push({ question: key, count });
    else data[chart][key] = count;
  }
  data.unanswered.sort((a, b) => b.count - a.count || a.question.localeCompare(b.question));
  return data;
}

/** The unanswered-question counters of a set of questions: how often each was asked. */
export function unansweredCounters(questions: Iterable<UnansweredQuestion>): InsightCounter[] {
  const counts = new Map<string, number>();
  for (const { question } of questions) counts.set(question, (counts.get(question) ?? 0) + 1);
  return [...counts].map(([key, count]) => ({ chart: 'unanswered', key, count }));
}
