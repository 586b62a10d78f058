/** The kinds of personal data that are redacted before text is stored or logged. */
export const redactionKinds = ['phone', 'email', 'insz', 'iban', 'address', 'name', 'birthdate', 'handle', 'school', 'class', 'plate', 'returnCode'] as const;

export type RedactionKind = (typeof redactionKinds)[number];

/** A stretch of text: `start` inclusive, `end` exclusive, as in String.prototype.slice. */
export interface TextRange {
  start: number;
  end: number;
}

/** A piece of personal data found in a text. */
export interface Finding extends TextRange {
  kind: RedactionKind;
}
