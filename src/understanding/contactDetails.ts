import { findEmailAddresses } from '../privacy/email.js';
import { findPhoneNumbers } from '../privacy/phone.js';

/** A way to reach a young person who asked for a call-back. */
export interface ContactDetails {
  kind: 'phone' | 'email';
  value: string;
}

/** The phone number or e-mail address in an answer to "Hoe mogen we je bereiken?", if there is one. */
export function recognizeContactDetails(text: string): ContactDetails | null {
  const email = findEmailAddresses(text)[0];
  if (email) return { kind: 'email', value: text.slice(email.start, email.end).replace(/\s+/g, '') };
  const phone = findPhoneNumbers(text)[0];
  if (phone) return { kind: 'phone', value: text.slice(phone.start, phone.end).trim() };
  return null;
}

/** The text with phone numbers and e-mail addresses blanked out, so their digits are not read as anything else. */
export function withoutContactDetails(text: string): string {
  const ranges = [...findPhoneNumbers(text), ...findEmailAddresses(text)];
  return ranges.reduce((result, { start, end }) => result.slice(0, start) + ' '.repeat(end - start) + result.slice(end), text);
}
