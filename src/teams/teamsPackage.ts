import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { projectRoot } from '../paths.js';
import { PRIVACY_PATH, publicPageUrl, TERMS_PATH } from '../site/paths.js';

/** Where the manifest template and the icons live. */
export const teamsDir = join(projectRoot, 'deployment', 'teams');
export const ICON_FILES = ['color.png', 'outline.png'] as const;

export interface TeamsPackageOptions {
  /** The bot's Microsoft App ID (the Azure Bot resource's app registration). */
  appId: string;
  /** The public https base URL of the bot, e.g. https://bot.example.org. */
  baseUrl: string;
  /** The Teams app's own id; the bot's app id when not given. */
  teamsAppId?: string;
  /** Semver of the Teams app; raise it for every upload of a changed package. */
  version: string;
  developerName?: string;
  websiteUrl?: string;
  privacyUrl?: string;
  termsOfUseUrl?: string;
}

export class TeamsPackageError extends Error {
  constructor(readonly problems: string[]) {
    super(`Cannot build the Teams package:\n  - ${problems.join('\n  - ')}`);
    this.name = 'TeamsPackageError';
  }
}

const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const PLACEHOLDER = /\{\{(\w+)\}\}/g;

/** Checks the options and turns them into the values of the template's placeholders. */
export function placeholderValues(options: TeamsPackageOptions): Record<string, string> {
  const problems: string[] = [];
  if (!GUID.test(options.appId)) problems.push(`app id "${options.appId}" is not a GUID`);
  if (options.teamsAppId !== undefined && !GUID.test(options.teamsAppId)) {
    problems.push(`Teams app id "${options.teamsAppId}" is not a GUID`);
  }
  if (!SEMVER.test(options.version)) problems.push(`version "${options.version}" is not major.minor.patch`);
  const base = httpsUrl('base URL', options.baseUrl, problems);
  /** A given URL, or the bot's own page at `path` (the base URL itself for no path). */
  const pageUrl = (label: string, value: string | undefined, path?: string) =>
    value !== undefined ? httpsUrl(label, value, problems)?.href : base && (path === undefined ? base.href : publicPageUrl(base, path));
  const values = {
    MicrosoftAppId: options.appId,
    TeamsAppId: options.teamsAppId ?? options.appId,
    Version: options.version,
    DeveloperName: options.developerName ?? 'Perspectiefbot',
    BotDomain: base?.host,
    WebsiteUrl: pageUrl('website URL', options.websiteUrl),
    PrivacyUrl: pageUrl('privacy URL', options.privacyUrl, PRIVACY_PATH),
    TermsOfUseUrl: pageUrl('terms of use URL', options.termsOfUseUrl, TERMS_PATH),
  };
  if (values.DeveloperName.length === 0 || values.DeveloperName.length > 32) {
    problems.push('developer name must be 1-32 characters');
  }
  if (problems.length > 0) throw new TeamsPackageError(problems);
  return Object.fromEntries(
    Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

function httpsUrl(label: string, value: string, problems: string[]): URL | undefined {
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (url?.protocol !== 'https:') {
    problems.push(`${label} "${value}" must be an https URL`);
    return undefined;
  }
  return url;
}

/** Fills every {{Name}} in a JSON template (JSON-escaped); an unknown placeholder is an error. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  const missing = new Set<string>();
  const filled = template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) {
      missing.add(name);
      return whole;
    }
    return JSON.stringify(value).slice(1, -1);
  });
  if (missing.size > 0) throw new TeamsPackageError([...missing].map((name) => `no value for {{${name}}}`));
  return filled;
}

/** Builds the Teams app package (manifest.json and the two icons) as a zip file's bytes. */
export async function buildTeamsPackage(options: TeamsPackageOptions, dir: string = teamsDir): Promise<Buffer> {
  const template = await readFile(join(dir, 'manifest.template.json'), 'utf8');
  const manifest: unknown = JSON.parse(fillTemplate(template, placeholderValues(options)));
  const zip = new JSZip();
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  for (const icon of ICON_FILES) zip.file(icon, await readFile(join(dir, icon)));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
