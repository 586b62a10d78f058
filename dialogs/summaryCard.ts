import type { Messages } from '../src/content/messages.js';
import { adaptiveCard } from './adaptiveCard.js';
import type { Profile } from './profile.js';

interface SummaryLine {
  label: string;
  value: string;
}

/** The young person's own "Ik kan… werk maken van mijn toekomst", as card lines and as plain text. */
export function summaryLines(profile: Profile, messages: Messages, contactNames: readonly string[]): SummaryLine[] {
  const label = (key: string) => messages.text(`summary.label.${key}`);
  const wish = profile.wish ?? 'unsure';
  const situation = [
    typeof profile.age === 'number' ? messages.text('summary.age', { age: profile.age }) : undefined,
    profile.school ? messages.text(`summary.school.${profile.school}`) : undefined,
    profile.qualification ? messages.text(`summary.qualification.${profile.qualification}`) : undefined,
  ].filter((part): part is string => part !== undefined);
  const lines: Array<[string, string | null | undefined]> = [
    ['situation', situation.join(' · ')],
    ['choice', messages.text(`summary.wish.${wish}`)],
    ['future', profile.future],
    ['strengths', profile.strengths],
    ['next-step', profile.nextStep],
    ['supporters', profile.supporters],
    ['where', contactNames.join(', ')],
  ];
  return lines
    .filter((line): line is [string, string] => typeof line[1] === 'string' && line[1].trim() !== '')
    .map(([key, value]) => ({ label: label(key), value }));
}

export function summaryText(title: string, lines: readonly SummaryLine[]): string {
  return [title, ...lines.map((line) => `${line.label}: ${line.value}`)].join('\n');
}

/** A button under the summary that opens a web page. */
export interface CardLink {
  title: string;
  url: string;
}

/** The summary as an Adaptive Card: one label and value per line, readable on a phone; a link to the privacy page when given. */
export function summaryCard(title: string, lines: readonly SummaryLine[], privacy?: CardLink): object {
  return adaptiveCard(
    [
      { type: 'TextBlock', text: title, weight: 'Bolder', size: 'Medium', wrap: true },
      ...lines.flatMap((line) => [
        { type: 'TextBlock', text: line.label, weight: 'Bolder', wrap: true, spacing: 'Medium' },
        { type: 'TextBlock', text: line.value, wrap: true, spacing: 'None' },
      ]),
    ],
    summaryText(title, lines),
    privacy ? [{ type: 'Action.OpenUrl', title: privacy.title, url: privacy.url }] : [],
  );
}
