import { findAddresses } from './address.js';
import { findEmailAddresses } from './email.js';
import { findIbans } from './iban.js';
import { findNames } from './name.js';
import { findNationalRegisterNumbers } from './nationalRegisterNumber.js';
import { findPhoneNumbers } from './phone.js';
import type { Finding, RedactionKind, TextRange } from './types.js';

/**
 * The finders in order of precedence: where findings overlap, the earlier kind wins, so an IBAN or
 * a national register number is not also read as a phone number, nor an e-mail address as a name.
 */
const FINDERS: ReadonlyArray<readonly [RedactionKind, (text: string) => TextRange[]]> = [
  ['email', findEmailAddresses],
  ['iban', findIbans],
  ['insz', findNationalRegisterNumbers],
  ['phone', findPhoneNumbers],
  ['address', findAddresses],
  ['name', findNames],
];

/** The personal data in a text, without overlaps, in text order. */
export function findPersonalData(text: string): Finding[] {
  const accepted: Finding[] = [];
  for (const [kind, find] of FINDERS) {
    for (const range of find(text)) {
      if (!accepted.some((other) => range.start < other.end && other.start < range.end)) {
        accepted.push({ kind, ...range });
      }
    }
  }
  return accepted.sort((a, b) => a.start - b.start);
}
