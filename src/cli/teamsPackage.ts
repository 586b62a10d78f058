/**
 * `npm run teams:package -- --app-id <guid> [--base-url https://bot.example.org] [--out dist/teams-app.zip]
 *   [--teams-app-id <guid>] [--version 1.0.0] [--developer-name NAME] [--website-url URL] [--privacy-url URL]
 *   [--terms-url URL]`
 * writes the Teams app package (manifest.json + icons) to upload in Teams or the Teams admin center.
 * --app-id and --base-url default to the bot's MicrosoftAppId and PUBLIC_URL settings.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.js';
import { projectRoot } from '../paths.js';
import { buildTeamsPackage, TeamsPackageError, type TeamsPackageOptions } from '../teams/teamsPackage.js';

const USAGE =
  'usage: teams:package -- --app-id <guid> [--base-url https://…] [--out FILE] [--teams-app-id <guid>] ' +
  '[--version x.y.z] [--developer-name NAME] [--website-url URL] [--privacy-url URL] [--terms-url URL]';

class UsageError extends Error {}

interface CliOptions {
  package: TeamsPackageOptions;
  out: string;
}

async function parse(args: string[]): Promise<CliOptions> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      options: {
        'app-id': { type: 'string' },
        'base-url': { type: 'string' },
        out: { type: 'string' },
        'teams-app-id': { type: 'string' },
        version: { type: 'string' },
        'developer-name': { type: 'string' },
        'website-url': { type: 'string' },
        'privacy-url': { type: 'string' },
        'terms-url': { type: 'string' },
      },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const settings = values['app-id'] === undefined || values['base-url'] === undefined ? loadConfig() : undefined;
  const appId = values['app-id'] ?? settings?.auth.appId ?? '';
  const baseUrl = values['base-url'] ?? settings?.publicUrl ?? '';
  if (appId === '') throw new UsageError('--app-id is required (or set MicrosoftAppId)');
  if (baseUrl === '') throw new UsageError('--base-url is required (or set PUBLIC_URL)');
  return {
    out: resolve(values.out ?? join(projectRoot, 'dist', 'teams-app.zip')),
    package: {
      appId,
      baseUrl,
      version: values.version ?? (await packageVersion()),
      teamsAppId: values['teams-app-id'],
      developerName: values['developer-name'],
      websiteUrl: values['website-url'],
      privacyUrl: values['privacy-url'],
      termsOfUseUrl: values['terms-url'],
    },
  };
}

async function packageVersion(): Promise<string> {
  const json: unknown = JSON.parse(await readFile(join(projectRoot, 'package.json'), 'utf8'));
  const version = typeof json === 'object' && json !== null && 'version' in json ? json.version : undefined;
  return typeof version === 'string' ? version : '1.0.0';
}

async function main(): Promise<void> {
  const options = await parse(process.argv.slice(2));
  const zip = await buildTeamsPackage(options.package);
  await mkdir(dirname(options.out), { recursive: true });
  await writeFile(options.out, zip);
  process.stdout.write(`Teams app package written to ${options.out}\n`);
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    process.stderr.write(`${error.message}\n${USAGE}\n`);
  } else if (error instanceof TeamsPackageError || error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
