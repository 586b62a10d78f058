import { adaptiveCard } from '../../dialogs/adaptiveCard.js';
import type { Profile } from '../../dialogs/profile.js';
import type { ReferralNeed, Referrals } from '../../dialogs/referrals.js';
import type { Replies, Reply } from '../../dialogs/replies.js';
import type { Contact, ContactDirectory } from '../contacts/directory.js';
import { selectContacts } from '../contacts/selectContacts.js';
import { shownDetails } from '../contacts/shownDetails.js';
import { Steps } from '../../dialogs/steps.js';

/** Real people nearby as a card with tap-to-call and links, with a plain-text fallback. */
export class ContactReferrals implements Referrals {
  constructor(
    private readonly directory: ContactDirectory,
    private readonly replies: Replies,
  ) {}

  replyFor(profile: Profile, need: ReferralNeed, headingKey?: string): Reply {
    const contacts = this.choose(profile, need);
    const heading = headingKey === undefined ? undefined : this.replies.messages.text(headingKey);
    const list = this.plainText(contacts);
    const fallback = heading === undefined ? list : `${heading}\n${list}`;
    const card = adaptiveCard(
      [
        ...(heading === undefined ? [] : [{ type: 'TextBlock', text: heading, wrap: true }]),
        ...contacts.map((contact) => this.contactBlock(contact)),
      ],
      fallback,
      contacts.flatMap((contact) => this.contactActions(contact)).slice(0, 6),
    );
    return this.replies.card(Steps.referral, card, fallback, { contactIds: contacts.map((c) => c.id) });
  }

  private choose(profile: Profile, need: ReferralNeed): Contact[] {
    return selectContacts(this.directory, {
      region: profile.place?.region,
      postcode: profile.place?.postcode,
      municipality: profile.place?.municipality,
      age: profile.age ?? undefined,
      outcome: need,
    });
  }

  /** The offer and the details the source confirmed (the website always). */
  private details(listed: Contact): string[] {
    const text = (key: string, vars: Record<string, string>) => this.replies.messages.text(key, vars);
    const contact = shownDetails(listed);
    return [
      contact.offer,
      contact.phone ? text('referral.phone', { phone: contact.phone }) : undefined,
      contact.email ? text('referral.email', { email: contact.email }) : undefined,
      contact.website ? text('referral.website', { url: contact.website }) : undefined,
      contact.address ? text('referral.address', { address: contact.address }) : undefined,
      contact.hours ? text('referral.hours', { hours: contact.hours }) : undefined,
    ].filter((line): line is string => line !== undefined);
  }

  private contactBlock(contact: Contact): object {
    return {
      type: 'Container',
      separator: true,
      items: [
        { type: 'TextBlock', text: contact.name, weight: 'Bolder', wrap: true },
        ...this.details(contact).map((line) => ({ type: 'TextBlock', text: line, wrap: true, spacing: 'Small' })),
      ],
    };
  }

  private contactActions(contact: Contact): object[] {
    const text = (key: string) => this.replies.messages.text(key, { name: contact.name });
    const actions: object[] = [];
    const { phone } = shownDetails(contact);
    if (phone) actions.push({ type: 'Action.OpenUrl', title: text('referral.call'), url: `tel:${phone.replace(/[^\d+]/g, '')}` });
    if (contact.website) actions.push({ type: 'Action.OpenUrl', title: text('referral.visit'), url: contact.website });
    return actions;
  }

  private plainText(contacts: readonly Contact[]): string {
    return contacts.map((contact) => [`• ${contact.name}`, ...this.details(contact).map((line) => `  ${line}`)].join('\n')).join('\n');
  }
}
