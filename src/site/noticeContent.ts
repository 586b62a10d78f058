import { join } from 'node:path';
import { z } from 'zod';
import { STORAGE_KINDS, TRANSCRIPT_CONSENT_MODES, type Config, type StorageKind, type TranscriptConsent } from '../config.js';
import { ContentError, readYamlFile } from '../content/yamlFile.js';

/** What the running settings put into the pages' {placeholders}. */
export const PLACEHOLDERS = ['organisation', 'contact', 'dpo', 'retentionDays', 'storage', 'consent'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/** Placeholders the privacy page must show somewhere, so it names every setting that changes what is kept. */
const PRIVACY_REQUIRES: readonly Placeholder[] = ['organisation', 'contact', 'dpo', 'retentionDays', 'storage', 'consent'];

const text = z.string().min(1).refine((value) => placeholdersIn(value).every(isPlaceholder), {
  message: `only these placeholders: ${PLACEHOLDERS.map((name) => `{${name}}`).join(' ')}`,
});

/** One line per value of a setting: adding a value in src/config.ts without a line here fails loading. */
function linePerValue<T extends string>(values: readonly T[]) {
  return z.strictObject(Object.fromEntries(values.map((value) => [value, text])) as Record<T, typeof text>);
}

const sectionSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'an id: lower-case letters, digits and hyphens'),
  title: text,
  paragraphs: z.array(text).min(1),
  items: z.array(text).optional(),
});

const noticeSchema = z.strictObject({
  title: text,
  intro: z.array(text).min(1),
  /** Shown instead of an organisation setting that is not configured. */
  unset: text,
  sections: z.array(sectionSchema).min(1),
});

const summarySchema = z.strictObject({
  lang: z.enum(['en', 'fr']),
  title: text,
  consent: linePerValue(TRANSCRIPT_CONSENT_MODES),
  paragraphs: z.array(text).min(1),
});

const privacySchema = noticeSchema
  .extend({
    storage: linePerValue(STORAGE_KINDS),
    consent: linePerValue(TRANSCRIPT_CONSENT_MODES),
    summaries: z.array(summarySchema).min(1),
  })
  .superRefine((notice, context) => {
    const used = new Set(allTexts(notice).flatMap(placeholdersIn));
    for (const name of PRIVACY_REQUIRES.filter((required) => !used.has(required))) {
      context.addIssue({ code: 'custom', message: `the page never shows {${name}}`, path: ['sections'] });
    }
    const languages = notice.summaries.map((summary) => summary.lang);
    if (!languages.includes('en') || !languages.includes('fr')) {
      context.addIssue({ code: 'custom', message: 'a summary in English (en) and one in French (fr)', path: ['summaries'] });
    }
  });

export type Section = z.output<typeof sectionSchema>;
export type Notice = z.output<typeof noticeSchema>;
export type Summary = z.output<typeof summarySchema>;
export type PrivacyNotice = z.output<typeof privacySchema>;

/** The texts of the privacy page and the terms of use, from content/pages/. */
export interface NoticeContent {
  privacy: PrivacyNotice;
  terms: Notice;
}

export function loadNotices(contentDir: string): NoticeContent {
  const termsFile = join(contentDir, 'pages', 'terms.yaml');
  const terms = readYamlFile(termsFile, noticeSchema);
  const privacyOnly = allTexts(terms).flatMap(placeholdersIn).filter((name) => name === 'storage' || name === 'consent');
  if (privacyOnly.length > 0) throw new ContentError(termsFile, privacyOnly.map((name) => `{${name}} is only known on the privacy page`));
  return { privacy: readYamlFile(join(contentDir, 'pages', 'privacy.yaml'), privacySchema), terms };
}

/** What the pages show of the configuration. */
export function noticeSettings(config: Pick<Config, 'organisation' | 'retentionDays' | 'storage' | 'transcriptConsent'>): NoticeSettings {
  return {
    organisation: config.organisation,
    retentionDays: config.retentionDays,
    storage: config.storage.kind,
    transcriptConsent: config.transcriptConsent,
  };
}

/** The settings a page shows. */
export interface NoticeSettings {
  organisation: { name: string; contact: string; dpo: string };
  retentionDays: number;
  storage: StorageKind;
  transcriptConsent: TranscriptConsent;
}

/** Fills a text's {placeholders} from the settings; `lines` are the storage and consent lines, already filled. */
export function fillNotice(value: string, settings: NoticeSettings, unset: string, lines: Partial<Record<'storage' | 'consent', string>> = {}): string {
  const { organisation } = settings;
  const values: Record<Placeholder, string> = {
    organisation: organisation.name || unset,
    contact: organisation.contact || unset,
    dpo: organisation.dpo || unset,
    retentionDays: String(settings.retentionDays),
    storage: lines.storage ?? '',
    consent: lines.consent ?? '',
  };
  return value.replace(/\{(\w+)\}/g, (whole, name: string) => (isPlaceholder(name) ? values[name] : whole));
}

function isPlaceholder(name: string): name is Placeholder {
  return PLACEHOLDERS.some((known) => known === name);
}

function placeholdersIn(value: string): string[] {
  return [...value.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');
}

function allTexts(notice: Notice & Partial<Pick<PrivacyNotice, 'storage' | 'consent' | 'summaries'>>): string[] {
  return [
    notice.title,
    ...notice.intro,
    ...notice.sections.flatMap((section) => [section.title, ...section.paragraphs, ...(section.items ?? [])]),
    ...Object.values(notice.storage ?? {}),
    ...Object.values(notice.consent ?? {}),
    ...(notice.summaries ?? []).flatMap((summary) => [summary.title, ...summary.paragraphs, ...Object.values(summary.consent)]),
  ];
}
