import type { Profile } from './profile.js';
import type { Reply } from './replies.js';

/** What a referral is for: one of the four outcomes, or someone to talk to. */
export type ReferralNeed = 'study' | 'work' | 'combine' | 'unsure' | 'talk';

/** Chooses real people nearby for this young person and renders them (`channelData.step` referral). */
export interface Referrals {
  /** The contacts as one message; `headingKey` names a message shown above them in the same message. */
  replyFor(profile: Profile, need: ReferralNeed, headingKey?: string): Reply;
}
