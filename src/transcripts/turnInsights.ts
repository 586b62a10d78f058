import type { Profile } from '../../dialogs/profile.js';
import { Steps } from '../../dialogs/steps.js';
import { isoWeek } from '../records/isoWeek.js';
import type { InsightEvent } from '../records/types.js';
import { WISHES, type Wish } from '../understanding/types.js';

/** What the insight counts remember about one conversation, so each thing counts once: step names only. */
export interface InsightMarks {
  /** Steps already counted in this conversation. */
  steps: string[];
  /** The wrap-up score was counted. */
  scored?: boolean;
}

export interface TurnInsights {
  events: InsightEvent[];
  marks: InsightMarks;
}

const outcomePrefix = 'outcome.';

/**
 * The anonymous events of one turn, from the steps the bot sent and the profile after the turn:
 * every step reached for the first time in the conversation, the conversation started (the first
 * `welcome`), a crisis flagged (the first `crisis`), the outcome chosen (the first `outcome.<wish>`)
 * and the wrap-up score once it is known.
 */
export function turnInsights(sentSteps: readonly string[], profile: Profile, marks: InsightMarks, now: Date): TurnInsights {
  const week = isoWeek(now);
  const fresh = [...new Set(sentSteps)].filter((step) => !marks.steps.includes(step));
  const events = fresh.flatMap((step): InsightEvent[] => {
    const reached: InsightEvent = { kind: 'step-reached', step };
    if (step === Steps.welcome) return [{ kind: 'conversation-started', week }, reached];
    if (step === Steps.crisis) return [reached, { kind: 'crisis-flagged', week }];
    const wish = wishOf(step);
    return wish === undefined ? [reached] : [reached, { kind: 'outcome-chosen', wish }];
  });
  const score = typeof profile.score === 'number' && marks.scored !== true ? profile.score : undefined;
  if (score !== undefined) events.push({ kind: 'score-given', score });
  return {
    events,
    marks: { steps: [...marks.steps, ...fresh], ...(marks.scored === true || score !== undefined ? { scored: true } : {}) },
  };
}

function wishOf(step: string): Wish | undefined {
  if (!step.startsWith(outcomePrefix)) return undefined;
  return WISHES.find((wish) => step === `${outcomePrefix}${wish}`);
}
