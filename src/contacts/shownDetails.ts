import type { Contact } from './directory.js';

/** What of a contact may be shown to a young person. */
export interface ShownContact {
  name: string;
  offer: string;
  phone?: string;
  email?: string;
  address?: string;
  hours?: string;
  website?: string;
}

/**
 * A contact as it may be shown: the phone number, e-mail address, street address and opening hours
 * only when the source confirmed them; otherwise only the name, the offer and the website.
 */
export function shownDetails(contact: Contact): ShownContact {
  const confirmed = contact.source.confirmed;
  const pick = <K extends 'phone' | 'email' | 'address' | 'hours'>(key: K) =>
    confirmed && contact[key] !== undefined ? { [key]: contact[key] } : {};
  return {
    name: contact.name,
    offer: contact.offer,
    ...pick('phone'),
    ...pick('email'),
    ...pick('address'),
    ...pick('hours'),
    ...(contact.website !== undefined ? { website: contact.website } : {}),
  };
}
