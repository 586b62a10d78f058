import { REGION_NAMES } from '../../contacts/regionCodes.js';
import type { RegionCode, Wish } from '../../understanding/types.js';
import { texts, type PageContext } from './layout.js';

/** How values of a conversation record read in the console. */
export function regionLabel(region: RegionCode | undefined): string {
  return region === undefined ? '–' : (REGION_NAMES[region][0] ?? region);
}

export function outcomeLabel(context: PageContext, outcome: Wish | 'none' | undefined): string {
  const value = outcome ?? 'none';
  return texts(context)(`console.outcome.${value}`);
}

export function yesNoLabel(context: PageContext, value: boolean): string {
  return texts(context)(value ? 'console.yes' : 'console.no');
}
