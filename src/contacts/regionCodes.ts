import type { RegionCode } from '../understanding/types.js';

/** Every region code, Brussels and the Flemish provinces first. */
export const REGION_CODES = [
  'brussel',
  'antwerpen',
  'limburg',
  'oost-vlaanderen',
  'vlaams-brabant',
  'west-vlaanderen',
  'wallonie',
] as const satisfies readonly RegionCode[];

export const FLEMISH_PROVINCES = [
  'antwerpen',
  'limburg',
  'oost-vlaanderen',
  'vlaams-brabant',
  'west-vlaanderen',
] as const satisfies readonly RegionCode[];

/** Names people use for a region or province as a whole ("ik woon in Limburg", "Bruxelles"). */
export const REGION_NAMES: Readonly<Record<RegionCode, readonly string[]>> = {
  brussel: ['Brussel', 'Bruxelles', 'Brussels', 'Brussels Hoofdstedelijk Gewest'],
  antwerpen: ['Antwerpen', 'provincie Antwerpen'],
  limburg: ['Limburg'],
  'oost-vlaanderen': ['Oost-Vlaanderen'],
  'vlaams-brabant': ['Vlaams-Brabant'],
  'west-vlaanderen': ['West-Vlaanderen'],
  wallonie: ['Wallonië', 'Waals Gewest', 'Wallonia'],
};

/** The level at which rules differ (growth package, registration): Flanders, Brussels or Wallonia. */
export type RulesRegion = 'vlaanderen' | 'brussel' | 'wallonie';

export function rulesRegion(region: RegionCode): RulesRegion {
  return region === 'brussel' || region === 'wallonie' ? region : 'vlaanderen';
}

export function isFlemishProvince(region: RegionCode): boolean {
  return FLEMISH_PROVINCES.some((province) => province === region);
}

/** Belgian postcode ranges (bpost): the first postcode of each range and its region. */
const POSTCODE_RANGES: readonly (readonly [number, RegionCode])[] = [
  [1000, 'brussel'],
  [1300, 'wallonie'],
  [1500, 'vlaams-brabant'],
  [2000, 'antwerpen'],
  [3000, 'vlaams-brabant'],
  [3500, 'limburg'],
  [4000, 'wallonie'],
  [8000, 'west-vlaanderen'],
  [9000, 'oost-vlaanderen'],
];

/**
 * The region a postcode range belongs to, or null for anything that is not a Belgian postcode.
 * A few municipalities changed province (Zwijndrecht, 2070, is in Oost-Vlaanderen since 2025):
 * the municipality list knows those and wins over the range.
 */
export function regionOfPostcodeRange(postcode: string): RegionCode | null {
  if (!/^\d{4}$/.test(postcode)) return null;
  const value = Number(postcode);
  let region: RegionCode | null = null;
  for (const [start, code] of POSTCODE_RANGES) if (value >= start) region = code;
  return region;
}
