import { slowest, summarizeGc, type GcPause, type TimedTurn } from '../../bench/gcPauses.js';

/** 100 turns of 2 ms, one every 10 ms, and two slow ones of 20 ms at 500 and 700 ms. */
const turns: TimedTurn[] = Array.from({ length: 100 }, (_, i) => ({ startMs: i * 10, durationMs: i === 50 || i === 70 ? 20 : 2 }));

describe('summarizeGc', () => {
  it('when a young pause falls inside one of the two slowest turns, then half of them waited for it', () => {
    const pauses: GcPause[] = [
      { startMs: 505, durationMs: 12, kind: 'minor' },
      { startMs: 300, durationMs: 30, kind: 'major' },
    ];
    const summary = summarizeGc(turns, pauses, 0.02);
    expect(summary.youngPer1000Turns).toBe(10);
    expect(summary.youngMeanMs).toBe(12);
    expect(summary.slowestDuringYoungGc).toBe(0.5);
  });

  it('when a pause ends before a slow turn begins or begins after it ends, then the turn did not wait for it', () => {
    const pauses: GcPause[] = [
      { startMs: 480, durationMs: 20, kind: 'minor' },
      { startMs: 720, durationMs: 5, kind: 'minor' },
    ];
    expect(summarizeGc(turns, pauses, 0.02).slowestDuringYoungGc).toBe(0);
  });

  it('when only full collections pause the server, then no young collection is counted', () => {
    const summary = summarizeGc(turns, [{ startMs: 700, durationMs: 40, kind: 'major' }], 0.02);
    expect(summary).toEqual({ youngPer1000Turns: 0, youngMeanMs: 0, slowestDuringYoungGc: 0 });
  });

  it('when there are no turns, then every figure is zero', () => {
    expect(summarizeGc([], [{ startMs: 0, durationMs: 1, kind: 'minor' }])).toEqual({ youngPer1000Turns: 0, youngMeanMs: 1, slowestDuringYoungGc: 0 });
  });
});

describe('slowest', () => {
  it('when 1% of 100 turns is asked for, then the single slowest turn comes back', () => {
    expect(slowest(turns, 0.01)).toEqual([{ startMs: 500, durationMs: 20 }]);
  });
});
