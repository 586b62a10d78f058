import { isoWeek } from '../../src/records/isoWeek.js';

describe('isoWeek', () => {
  it.each([
    ['2026-11-24T10:00:00Z', '2026-W48'],
    ['2026-01-01T00:00:00Z', '2026-W01'],
    ['2027-01-01T12:00:00Z', '2026-W53'],
    ['2024-12-30T08:00:00Z', '2025-W01'],
    ['2026-11-29T23:59:59Z', '2026-W48'],
    ['2026-11-30T00:00:00Z', '2026-W49'],
  ])('when the moment is %s, then the week is %s', (moment, week) => {
    expect(isoWeek(new Date(moment))).toBe(week);
  });
});
