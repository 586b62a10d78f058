import type { ShownContact } from '../contacts/shownDetails.js';
import type { Messages } from '../content/messages.js';
import type { Plan, PlanLink } from './plan.js';

/** The parts of the plan in the order the folder has them; each renderer shows them its own way. */
export const PLAN_SECTIONS = [
  'situation',
  'choice',
  'future',
  'strengths',
  'route',
  'job',
  'rules',
  'where',
  'next-step',
  'supporters',
  'follow-up',
  'helplines',
] as const;
export type PlanSectionKey = (typeof PLAN_SECTIONS)[number];

export interface PlanSection {
  key: PlanSectionKey;
  label: string;
  /** Plain lines; a contact is one line with its name, then one line per detail. */
  lines: string[];
  links: PlanLink[];
}

/** The plan as labelled sections, empty ones left out: the one shape the card, the text and a page render. */
export function planSections(plan: Plan, messages: Messages): PlanSection[] {
  const content: Record<PlanSectionKey, { lines: string[]; links?: PlanLink[] }> = {
    situation: { lines: plan.situation.length > 0 ? [plan.situation.join(' · ')] : [] },
    choice: { lines: listOf(plan.choice) },
    future: { lines: listOf(plan.future) },
    strengths: { lines: listOf(plan.strengths) },
    route: { lines: plan.steps.map((step, index) => `${index + 1}. ${step}`) },
    job: { lines: plan.job ? [plan.job.intro, ...plan.job.ways.map((way) => `• ${way}`)] : [], links: plan.job?.links ?? [] },
    rules: { lines: plan.rules.map((rule) => `• ${rule}`) },
    where: { lines: plan.contacts.flatMap((contact) => contactLines(contact, messages)) },
    'next-step': { lines: listOf(plan.nextStep) },
    supporters: { lines: listOf(plan.supporters) },
    'follow-up': { lines: listOf(plan.followUp) },
    helplines: { lines: plan.helplines },
  };
  return PLAN_SECTIONS.filter((key) => content[key].lines.length > 0).map((key) => ({
    key,
    label: messages.text(`summary.label.${key}`),
    lines: content[key].lines,
    links: content[key].links ?? [],
  }));
}

/** A contact as lines: its name, then the phone, website, address and hours it may show. */
export function contactLines(contact: ShownContact, messages: Messages): string[] {
  const detail = (key: string, vars: Record<string, string>) => `  ${messages.text(key, vars)}`;
  return [
    `• ${contact.name}`,
    ...(contact.phone ? [detail('referral.phone', { phone: contact.phone })] : []),
    ...(contact.website ? [detail('referral.website', { url: contact.website })] : []),
    ...(contact.address ? [detail('referral.address', { address: contact.address })] : []),
    ...(contact.hours ? [detail('referral.hours', { hours: contact.hours })] : []),
  ];
}

/** The plan as plain text, for channels without cards and as the card's fallback. */
export function planText(plan: Plan, messages: Messages): string {
  const sections = planSections(plan, messages);
  return [plan.title, ...sections.map((section) => [`${section.label}:`, ...section.lines, ...section.links.map((link) => `${link.title}: ${link.url}`)].join('\n'))].join('\n\n');
}

function listOf(value: string | undefined): string[] {
  return value === undefined ? [] : [value];
}
