/**
 * The young person's plan, "Ik kan… werk maken van mijn toekomst" (seed 000, kapstok 3), as data:
 * built from the conversation's profile by PlanBuilder, rendered as an Adaptive Card, as plain text,
 * or as any other page, all through planSections. Every text in it is Dutch from content/ or the
 * young person's own words, and only words that were a real answer.
 */
import type { ShownContact } from '../contacts/shownDetails.js';

export interface PlanLink {
  title: string;
  url: string;
}

/** The ways to the job or field they named, for their age. */
export interface PlanJob {
  /** One line that says which job it is about (or that onderwijskiezer.be knows them all). */
  intro: string;
  ways: string[];
  links: PlanLink[];
}

export interface Plan {
  title: string;
  /** Age, school and qualification, each as a short phrase ("17 jaar", "ik ben gestopt met school"). */
  situation: string[];
  /** Their choice among the four outcomes; absent when none was made. */
  choice?: string;
  /** The future in their own words. */
  future?: string;
  strengths?: string;
  /** The small steps of their route (content/paths.yaml). */
  steps: string[];
  job?: PlanJob;
  /** The rules that apply to them (leerplicht, an allowance), from the same file. */
  rules: string[];
  /** Who can help nearby; details only where the source confirmed them. */
  contacts: ShownContact[];
  nextStep?: string;
  supporters?: string;
  /** When the bot checks in, or an invitation to come back. */
  followUp?: string;
  /** After a crisis signal: the helplines, first line an introduction. Empty otherwise. */
  helplines: string[];
}
