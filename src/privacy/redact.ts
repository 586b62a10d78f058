/**
 * Redaction of personal data before anything is stored or logged. `Redactor` is the class to
 * inject; `redact` and `redactDeep` use one loaded from the project's content/privacy.yaml, for
 * callers that have no Redactor at hand (the logger, the transcript store).
 */
import { contentDir } from '../paths.js';
import { Redactor, type Redaction } from './redactor.js';

export { Redactor, type Redaction } from './redactor.js';
export type { RedactionKind } from './types.js';

let defaultRedactor: Redactor | undefined;

function redactor(): Redactor {
  defaultRedactor ??= Redactor.load(contentDir);
  return defaultRedactor;
}

/** Replaces phone numbers, e-mail and street addresses, national register numbers, IBANs and names. */
export function redact(text: string): Redaction {
  return redactor().redact(text);
}

/** A copy of an activity-like value with every string in it redacted; the structure is kept. */
export function redactDeep<T>(value: T): T {
  return redactor().redactDeep(value);
}
