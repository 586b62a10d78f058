import type { RegionCode, Qualification, SchoolStatus, Wish } from '../src/understanding/types.js';

/** Where the young person lives, as they told it. */
export interface Place {
  region: RegionCode;
  postcode?: string;
  municipality?: string;
}

/**
 * What the conversation has learned, kept in user state so a young person can come back later.
 * A field that is present was asked; `null` means skipped or not understood.
 */
export interface Profile {
  consent?: boolean;
  /** What they want from this talk ("Hoe kan dit gesprek nuttig voor je zijn?"), asked after consent. */
  usefulFor?: string | null;
  age?: number | null;
  school?: SchoolStatus | null;
  qualification?: Qualification | null;
  place?: Place | null;
  future?: string | null;
  /** Follow-ups on the future (one of the two is asked, after a concrete answer): "Wat nog meer?", "Wat is er dan anders?". */
  futureMore?: string | null;
  futureDifferent?: string | null;
  futurePeople?: string | null;
  success?: string | null;
  /** Follow-ups on a success (one of the two): "Wat deed je toen precies?", "Wie speelde toen een belangrijke rol?". */
  successDid?: string | null;
  successPerson?: string | null;
  strengths?: string | null;
  wish?: Wish | null;
  nextStep?: string | null;
  /** When they take it: a button's code (today, tomorrow, this-week, next-week) or their own words. */
  nextStepWhen?: string | null;
  /** Follow-up on the next step: "Welke van je sterktes zet je daarbij in?". */
  strengthsUsed?: string | null;
  /** How confident they are about their next step, 1-10, and the two questions after it. */
  confidence?: number | null;
  confidenceBasis?: string | null;
  confidenceHigher?: string | null;
  supporters?: string | null;
  obstacle?: string | null;
  takeaway?: string | null;
  /** At the wrap-up: did the talk give what they wanted from it (`usefulFor`)? */
  usefulForMet?: boolean | null;
  score?: number | null;
  /** After a usefulness score of 4 or lower: what would have helped (for counsellors). */
  missed?: string | null;
  followUp?: boolean | null;
  /** The day the bot sends its agreed check-in, in Dutch ("dinsdag 1 december"), for the plan. */
  followUpDay?: string;
  /** The job or field their answer to the choice named (an id of content/occupations.yaml), never their words. */
  occupation?: string | null;
  finished?: boolean;
  /** ISO time the talk (or the last follow-up talk) ended: a message soon after it is no return. */
  finishedAt?: string;
  /** Follow-up talk: how the plan went, in their words. */
  howItWent?: string | null;
  /** Follow-up talk: "Wat is er beter sinds vorige keer?" */
  better?: string | null;
  /** Follow-up talk: the next step before they changed it. */
  previousNextStep?: string | null;
  /** How many times they came back, and when last (ISO). */
  returns?: number;
  cameBackAt?: string;
  /** A crisis signal came up: the plan and a later return show the helplines again. */
  crisisSeen?: boolean;
}

/** The fields that keep an answer to an open question, in the young person's own words. */
export type TextField = { [K in keyof Profile]-?: string extends NonNullable<Profile[K]> ? K : never }[keyof Profile];

/** True when the young person has answered anything beyond the welcome. */
export function hasProgress(profile: Profile): boolean {
  return profile.age !== undefined && !profile.finished;
}

/** True when a finished talk left a plan to come back to. */
export function hasPlan(profile: Profile): boolean {
  return profile.finished === true && (profile.nextStep != null || profile.wish != null || profile.future != null);
}
