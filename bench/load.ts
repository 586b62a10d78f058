import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { HttpChat, stepsOf } from '../test/support/httpChat.js';
import { distinctSteps, perspectiveScript } from '../test/support/perspectiveScript.js';

/** One thing a young person says, and the steps the replies must show (unchecked when absent). */
export interface Turn {
  say: string;
  expect?: readonly string[];
}

export interface LoadOptions {
  baseUrl: string;
  conversations: number;
  /** The turns of conversation `index`. */
  turnsOf: (index: number) => readonly Turn[];
  /** Mean pause between a reply and the next message (jittered ±50%), as a person reading and typing. */
  thinkMs: number;
  /** Conversations start at random moments within this time. */
  rampMs: number;
  /** Begins every conversation id, so that runs on one server do not meet (default `bench`). */
  idPrefix?: string;
}

export interface LoadResult {
  turns: number;
  errors: number;
  firstError?: string;
  latenciesMs: number[];
  /** When each turn began, in milliseconds since the epoch, in the order of `latenciesMs`. */
  startsMs: number[];
  durationMs: number;
}

/** Knowledge-base questions asked halfway through the intake; each answer returns to the open question. */
const questions = [
  'wat houdt duaal leren in',
  'hoelang loopt de kinderbijslag nog door als ik van school ga',
  'wat is een clb juist',
  'hoelang moet ik wachten na school voor ik geld krijg',
];
const questionsBefore = perspectiveScript.findIndex((turn) => turn.expect.includes('future.desired'));

/** The whole perspective conversation with two knowledge-base questions while the region is asked. */
export function perspectiveTurns(index: number): Turn[] {
  const asked = [questions[index % questions.length], questions[(index + 1) % questions.length]];
  const kb = asked.map((say): Turn => ({ say: say ?? '', expect: ['kb.answer', 'intake.region'] }));
  return [...perspectiveScript.slice(0, questionsBefore), ...kb, ...perspectiveScript.slice(questionsBefore)];
}

/** The same texts, for the echo bot, which shows no steps. */
export function echoTurns(index: number): Turn[] {
  return perspectiveTurns(index).map(({ say }) => ({ say }));
}

/**
 * Runs `conversations` conversations at once against a bot over HTTP (expectReplies), each turn
 * after the previous reply and a pause. A conversation stops at its first error (an HTTP failure or
 * replies with other steps than expected), since everything after it would differ too.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const latenciesMs: number[] = [];
  const startsMs: number[] = [];
  const result: LoadResult = { turns: 0, errors: 0, latenciesMs, startsMs, durationMs: 0 };
  const fail = (message: string) => {
    result.errors += 1;
    result.firstError ??= message;
  };
  const timed = async <T>(call: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    const value = await call();
    latenciesMs.push(performance.now() - start);
    startsMs.push(performance.timeOrigin + start);
    result.turns += 1;
    return value;
  };
  const pause = (mean: number) => sleep(mean * (0.5 + Math.random()));

  const converse = async (index: number) => {
    await sleep(Math.random() * options.rampMs);
    const chat = new HttpChat(options.baseUrl, `${options.idPrefix ?? 'bench'}-${process.pid}-${index}`, 'webchat', `${options.idPrefix ?? 'bench'}-user-${index}`);
    try {
      await timed(() => chat.join());
      for (const turn of options.turnsOf(index)) {
        await pause(options.thinkMs);
        const replies = await timed(() => chat.say(turn.say));
        const steps = distinctSteps(stepsOf(replies));
        const expected = turn.expect ?? steps;
        if (replies.length === 0 || steps.join() !== expected.join()) {
          fail(`conversation ${index}, "${turn.say}": steps ${steps.join(', ')}; expected ${expected.join(', ')}`);
          return;
        }
      }
    } catch (error) {
      fail(`conversation ${index}: ${String(error)}`);
    }
  };

  const start = performance.now();
  await Promise.all(Array.from({ length: options.conversations }, (_, index) => converse(index)));
  result.durationMs = performance.now() - start;
  return result;
}
