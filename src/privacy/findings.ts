import { findAddresses } from './address.js';
import { findDatesOfBirth } from './dateOfBirth.js';
import { findEmailAddresses } from './email.js';
import { findIbans } from './iban.js';
import { findLicencePlates } from './licencePlate.js';
import { findNames } from './name.js';
import { NameLexicon } from './nameLexicon.js';
import { findNationalRegisterNumbers } from './nationalRegisterNumber.js';
import { findPhoneNumbers } from './phone.js';
import { findReturnCodes } from './returnCode.js';
import { findClasses, findSchools } from './school.js';
import { findSocialHandles } from './socialHandle.js';
import type { Finding, RedactionKind, TextRange } from './types.js';

/**
 * The finders in order of precedence: where findings overlap, the earlier kind wins, so an IBAN or
 * a national register number is not also read as a phone number, nor an e-mail address as a name
 * or a handle, nor a date's month as a name.
 */
const FINDERS: ReadonlyArray<readonly [RedactionKind, (text: string, lexicon: NameLexicon) => TextRange[]]> = [
  ['returnCode', findReturnCodes],
  ['email', findEmailAddresses],
  ['iban', findIbans],
  ['insz', findNationalRegisterNumbers],
  ['birthdate', (text) => findDatesOfBirth(text)],
  ['phone', findPhoneNumbers],
  ['plate', findLicencePlates],
  ['handle', findSocialHandles],
  ['address', findAddresses],
  ['school', findSchools],
  ['class', findClasses],
  ['name', findNames],
];

/** The personal data in a text, without overlaps, in text order; names are found with `lexicon`. */
export function findPersonalData(text: string, lexicon: NameLexicon = NameLexicon.empty): Finding[] {
  const accepted: Finding[] = [];
  for (const [kind, find] of FINDERS) {
    for (const range of find(text, lexicon)) {
      if (!accepted.some((other) => range.start < other.end && other.start < range.end)) {
        accepted.push({ kind, ...range });
      }
    }
  }
  return accepted.sort((a, b) => a.start - b.start);
}
