/**
 * What V8's garbage collections did to the turns of a run: how often the young generation was
 * collected and for how long, and how many of the slowest turns waited for such a pause. Times
 * are milliseconds since the epoch (`performance.timeOrigin + performance.now()`), so that the
 * server's collections and the benchmark's turns, measured in two processes, can be compared.
 */

/** One collection as the server's `PerformanceObserver` saw it. */
export interface GcPause {
  startMs: number;
  durationMs: number;
  /** `minor` is the young generation (scavenge); everything else counts as `major`. */
  kind: 'minor' | 'major';
}

/** One turn as the benchmark timed it. */
export interface TimedTurn {
  startMs: number;
  durationMs: number;
}

export interface GcSummary {
  youngPer1000Turns: number;
  youngMeanMs: number;
  /** Of the slowest `share` of the turns, how many overlap a young-generation pause (0 to 1). */
  slowestDuringYoungGc: number;
}

/** The slowest `share` of the turns (at least one), slowest first. */
export function slowest(turns: readonly TimedTurn[], share: number): TimedTurn[] {
  const count = Math.max(1, Math.ceil(turns.length * share));
  return [...turns].sort((a, b) => b.durationMs - a.durationMs).slice(0, count);
}

function overlaps(turn: TimedTurn, pause: GcPause): boolean {
  return pause.startMs < turn.startMs + turn.durationMs && turn.startMs < pause.startMs + pause.durationMs;
}

export function summarizeGc(turns: readonly TimedTurn[], pauses: readonly GcPause[], share = 0.01): GcSummary {
  const young = pauses.filter((pause) => pause.kind === 'minor');
  const slow = slowest(turns, share);
  const hit = slow.filter((turn) => young.some((pause) => overlaps(turn, pause))).length;
  return {
    youngPer1000Turns: turns.length === 0 ? 0 : (young.length * 1000) / turns.length,
    youngMeanMs: young.length === 0 ? 0 : young.reduce((sum, pause) => sum + pause.durationMs, 0) / young.length,
    slowestDuringYoungGc: slow.length === 0 ? 0 : hit / slow.length,
  };
}
