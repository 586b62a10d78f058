import { contentDir } from '../paths.js';
import type { RegionCode } from '../understanding/types.js';
import { Municipalities, type Municipality, nameKey, wordWindows } from './municipalities.js';
import { REGION_CODES, REGION_NAMES, regionOfPostcodeRange } from './regionCodes.js';

export { rulesRegion, type RulesRegion } from './regionCodes.js';

/** Where someone lives, as far as a postcode or place name tells. */
export interface Place {
  region: RegionCode;
  postcode?: string;
  municipality?: string;
}

let defaultMunicipalities: Municipalities | undefined;

function loadDefault(): Municipalities {
  defaultMunicipalities ??= Municipalities.load(contentDir);
  return defaultMunicipalities;
}

/**
 * The region of an answer to "Waar woon je?": a postcode ("1080", "ik woon in 9000"), a municipality
 * or deelgemeente (tolerant to case, accents, hyphens and small typos), or a province name.
 * Null when the text names no Belgian place.
 */
export function lookupRegion(text: string, municipalities: Municipalities = loadDefault()): Place | null {
  const postcode = /(?<!\d)\d{4}(?!\d)/.exec(text)?.[0];
  if (postcode !== undefined) {
    const place = placeOfPostcode(postcode, municipalities);
    if (place) return place;
  }
  const match = municipalities.find(text);
  const region = regionNamed(text);
  if (region && (!match || region.window.length > match.window.length)) return { region: region.code };
  return match ? placeOf(match.municipality) : null;
}

/** The longest region or province name in the text. */
function regionNamed(text: string): { code: RegionCode; window: string } | undefined {
  const windows = new Set(wordWindows(text));
  let best: { code: RegionCode; window: string } | undefined;
  for (const code of REGION_CODES) {
    for (const key of REGION_NAMES[code].map(nameKey)) {
      if (windows.has(key) && (!best || key.length > best.window.length)) best = { code, window: key };
    }
  }
  return best;
}

/** The place of a postcode: its municipality when only one has it, else the region of its range. */
export function placeOfPostcode(postcode: string, municipalities: Municipalities): Place | null {
  const [only, ...others] = municipalities.withPostcode(postcode);
  if (only && others.length === 0) return { region: only.province, postcode, municipality: only.name };
  const region = only?.province ?? regionOfPostcodeRange(postcode);
  if (!region) return null;
  return { region, postcode };
}

function placeOf(municipality: Municipality): Place {
  const [only, ...others] = municipality.postcodes;
  return {
    region: municipality.province,
    municipality: municipality.name,
    ...(only !== undefined && others.length === 0 ? { postcode: only } : {}),
  };
}
