import type { Activity } from 'botbuilder';
import { stepsOf } from './httpChat.js';

/** What the young person says in one turn and the steps the answer goes through. */
export interface ScriptTurn {
  say: string;
  expect: readonly string[];
}

/**
 * The whole perspective conversation as a young person would have it, with the steps each answer
 * leads to. Shared by the server tests and the benchmark.
 */
export const perspectiveScript: readonly ScriptTurn[] = [
  { say: 'ja', expect: ['welcome.consent', 'welcome.useful-for'] },
  { say: 'tips voor werk', expect: ['welcome.useful-for', 'intake.age'] },
  { say: 'zeventien', expect: ['intake.age', 'intake.school'] },
  { say: 'ik ben gestopt', expect: ['intake.qualification'] },
  { say: 'nee, geen diploma', expect: ['intake.region'] },
  { say: '9000', expect: ['future.desired'] },
  { say: 'ik werk in een garage en heb een eigen auto', expect: ['future.desired', 'future.different'] },
  { say: 'ik woon op mezelf', expect: ['future.different', 'future.people'] },
  { say: 'mijn broer', expect: ['future.people', 'successes.moment'] },
  { say: 'in het derde jaar bij de praktijklessen', expect: ['successes.moment', 'successes.did'] },
  { say: 'ik oefende elke dag in de werkplaats', expect: ['successes.did', 'successes.strengths'] },
  { say: 'ik ben handig en behulpzaam', expect: ['successes.strengths', 'intake.wish'] },
  { say: 'Werken en leren samen', expect: ['outcome.combine'] },
  { say: 'ja', expect: ['outcome.combine'] },
  { say: 'ja', expect: ['outcome.combine', 'referral', 'referral.handover'] },
  { say: 'nee, nu niet', expect: ['referral.handover', 'progress.next-step'] },
  { say: 'infoavond duaal leren bezoeken', expect: ['progress.next-step', 'progress.next-step-when'] },
  { say: 'Volgende week', expect: ['progress.next-step-when', 'progress.strengths-used'] },
  { say: 'behulpzaam', expect: ['progress.strengths-used', 'progress.confidence'] },
  { say: '7', expect: ['progress.confidence-basis'] },
  { say: 'ik heb al met mijn broer gepraat', expect: ['progress.confidence-basis', 'progress.confidence-higher'] },
  { say: 'dat mijn broer meegaat', expect: ['progress.confidence-higher', 'progress.supporters'] },
  { say: 'mijn broer en mijn CLB-begeleider', expect: ['progress.supporters', 'obstacles'] },
  { say: 'dan bel ik mijn broer', expect: ['obstacles', 'wrapup.takeaway'] },
  { say: 'dat ik niet alleen sta', expect: ['wrapup.takeaway', 'wrapup.useful-check'] },
  { say: 'ja', expect: ['wrapup.useful-check', 'wrapup.score'] },
  { say: '8', expect: ['wrapup.follow-up'] },
  { say: 'ja', expect: ['wrapup.follow-up', 'summary'] },
];

/** The steps of a reply with repeats in a row left out: what the young person saw, step by step. */
export function distinctSteps(steps: readonly string[]): string[] {
  return steps.filter((step, i) => steps[i - 1] !== step);
}

/** What one turn said and the distinct steps its answer went through, to compare with `expected`. */
export interface PlayedTurn {
  say: string;
  steps: readonly string[];
}

export interface PlayedScript {
  turns: PlayedTurn[];
  /** The answer to the last turn. */
  last: Partial<Activity>[];
}

/**
 * Says each turn of the script in order through `say`, which gets the turn's index too (to switch
 * instance or restart a server first), and gathers the steps each answer went through.
 */
export async function playScript(
  say: (text: string, turn: number) => Promise<Partial<Activity>[]>,
  script: readonly ScriptTurn[] = perspectiveScript,
): Promise<PlayedScript> {
  const turns: PlayedTurn[] = [];
  let last: Partial<Activity>[] = [];
  for (const [i, turn] of script.entries()) {
    last = await say(turn.say, i);
    turns.push({ say: turn.say, steps: distinctSteps(stepsOf(last)) });
  }
  return { turns, last };
}

/** The turns `playScript` should give for the script. */
export function expected(script: readonly ScriptTurn[] = perspectiveScript): PlayedTurn[] {
  return script.map((turn) => ({ say: turn.say, steps: turn.expect }));
}

/** The summary card in an answer: the text it falls back to and its content. */
export function summaryOf(activities: readonly Partial<Activity>[]): { fallbackText: string; content: unknown } {
  const isSummary = (a: Partial<Activity>) => (a.channelData as { step?: string } | undefined)?.step === 'summary';
  const summary = activities.find((a) => isSummary(a) && (a.attachments ?? []).length > 0);
  return {
    fallbackText: String((summary?.channelData as { fallbackText?: string } | undefined)?.fallbackText),
    content: summary?.attachments?.[0]?.content,
  };
}
