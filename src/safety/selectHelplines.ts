/** The helplines to offer for a crisis kind, best first at the given moment. */
import type { CrisisKind } from '../understanding/crisis.js';
import type { Helpline } from './helplines.js';
import { availabilityRank, helplineAvailability } from './openingHours.js';

/**
 * Helplines meant for this kind (emergency numbers included where the file lists them), ordered:
 * always open, open now, hours unknown, closed now; equal ones keep the order of the file.
 */
export function selectHelplines(helplines: readonly Helpline[], kind: CrisisKind, now: Date): Helpline[] {
  return helplines
    .filter((h) => h.for.includes(kind))
    .map((h, index) => ({ h, index, rank: availabilityRank[helplineAvailability(h, now)] }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ h }) => h);
}
