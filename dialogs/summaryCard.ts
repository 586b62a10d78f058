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
 * the route to their job and the privacy page as buttons. Its fallback is the plain-text plan.
 */
export function planCard(plan: Plan, messages: Messages, privacy?: CardLink): object {
  const sections = planSections(plan, messages);
  const links = [...sections.flatMap((section) => section.links), ...(privacy ? [privacy] : [])].slice(-MAX_ACTIONS);
  return adaptiveCard(
    [
      { type: 'TextBlock', text: plan.title, weight: 'Bolder', size: 'Medium', wrap: true },
      ...sections.flatMap((section) => [
        { type: 'TextBlock', text: section.label, weight: 'Bolder', wrap: true, spacing: 'Medium' },
        ...section.lines.map((line, index) => ({ type: 'TextBlock', text: line, wrap: true, spacing: index === 0 ? 'None' : 'Small' })),
      ]),
    ],
    planText(plan, messages),
    links.map((link) => ({ type: 'Action.OpenUrl', title: link.title, url: link.url })),
  );
}
