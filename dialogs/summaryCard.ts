import type { Messages } from '../src/content/messages.js';
import type { Plan } from '../src/plan/plan.js';
import { planSections, planText } from '../src/plan/planSections.js';
import { adaptiveCard } from './adaptiveCard.js';

/** A button under the plan that opens a web page. */
export interface CardLink {
  title: string;
  url: string;
}

/** Adaptive Cards show at most this many buttons well on a phone. */
const MAX_ACTIONS = 5;

/**
 * The plan as an Adaptive Card: one labelled block per section, readable on a phone; the links of
 * the route to their job and `pages` (the printable plan, the privacy page) as buttons. Its
 * fallback is the plain-text plan with the pages' links.
 */
export function planCard(plan: Plan, messages: Messages, pages: readonly CardLink[] = []): object {
  const sections = planSections(plan, messages);
  const links = [...sections.flatMap((section) => section.links), ...pages].slice(-MAX_ACTIONS);
  return adaptiveCard(
    [
      { type: 'TextBlock', text: plan.title, weight: 'Bolder', size: 'Medium', wrap: true },
      ...sections.flatMap((section) => [
        { type: 'TextBlock', text: section.label, weight: 'Bolder', wrap: true, spacing: 'Medium' },
        ...section.lines.map((line, index) => ({ type: 'TextBlock', text: line, wrap: true, spacing: index === 0 ? 'None' : 'Small' })),
      ]),
    ],
    planTextWith(plan, messages, pages),
    links.map((link) => ({ type: 'Action.OpenUrl', title: link.title, url: link.url })),
  );
}

/** The plain-text plan with the links to the bot's pages under it, for channels without cards. */
export function planTextWith(plan: Plan, messages: Messages, pages: readonly CardLink[]): string {
  return [planText(plan, messages), ...pages.map((page) => `${page.title}: ${page.url}`)].join('\n\n');
}
