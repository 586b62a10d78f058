import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ManifestUtil, type TeamsAppManifest } from '@microsoft/teams-manifest';
import JSZip from 'jszip';
import { projectRoot } from '../../src/paths.js';
import { fillTemplate, placeholderValues, TeamsPackageError } from '../../src/teams/teamsPackage.js';
import { readPng } from './png.js';

const run = promisify(execFile);
const APP_ID = '2f1c9a4e-5b7d-4c3a-9e8f-0a1b2c3d4e5f';
const TEAMS_APP_ID = '7d6e5f4a-3b2c-4d1e-8f9a-0b1c2d3e4f5a';
type ManifestSchema = Parameters<typeof ManifestUtil.validateManifestAgainstSchema<TeamsAppManifest>>[1];

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'teams-package-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs `npm run teams:package -- <args>` as a user would (without npm), in a clean environment. */
async function teamsPackage(...args: string[]): Promise<{ stdout: string; stderr: string }> {
  const tsx = join(projectRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  return run(process.execPath, [tsx, 'src/cli/teamsPackage.ts', ...args], {
    cwd: projectRoot,
    env: { PATH: process.env.PATH ?? '' },
  });
}

async function unzip(file: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(await readFile(file));
  const entries = new Map<string, Buffer>();
  for (const entry of Object.values(zip.files)) entries.set(entry.name, await entry.async('nodebuffer'));
  return entries;
}

async function schemaFor(manifest: TeamsAppManifest): Promise<ManifestSchema> {
  const file = join(projectRoot, 'deployment', 'teams', 'schema', `v${manifest.manifestVersion}`, 'MicrosoftTeams.schema.json');
  const schema: ManifestSchema = JSON.parse(await readFile(file, 'utf8'));
  return schema;
}

describe('npm run teams:package', () => {
  let entries: Map<string, Buffer>;
  let manifest: TeamsAppManifest;

  beforeAll(async () => {
    const out = join(dir, 'teams-app.zip');
    const { stdout } = await teamsPackage('--app-id', APP_ID, '--base-url', 'https://bot.example.org/', '--out', out);
    expect(stdout).toContain(out);
    entries = await unzip(out);
    manifest = JSON.parse(entries.get('manifest.json')?.toString('utf8') ?? '{}');
  }, 60_000);

  test('when the package is built, then it holds exactly the manifest and the two icons', () => {
    expect([...entries.keys()].sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
  });

  test('when the manifest is validated against the JSON schema of the version it declares, then it is valid', async () => {
    expect(manifest.$schema).toBe(
      `https://developer.microsoft.com/en-us/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`,
    );
    expect(await ManifestUtil.validateManifestAgainstSchema(manifest, await schemaFor(manifest))).toEqual([]);
  });

  test('when a manifest breaks the schema, then the validation reports it', async () => {
    const broken: TeamsAppManifest = { ...manifest, bots: [{ botId: 'not-a-guid', scopes: ['personal'] }], accentColor: 'teal' };
    const errors = await ManifestUtil.validateManifestAgainstSchema(broken, await schemaFor(manifest));
    expect(errors.join('\n')).toMatch(/\/bots\/0\/botId/);
    expect(errors.join('\n')).toMatch(/\/accentColor/);
  });

  test('when the placeholders are filled, then the bot id, domain and URLs come from the arguments, privacy and terms on the bot\'s own pages', () => {
    expect(entries.get('manifest.json')?.toString('utf8')).not.toMatch(/\{\{|\}\}/);
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.bots?.[0]).toMatchObject({ botId: APP_ID, scopes: ['personal'] });
    expect(manifest.validDomains).toEqual(['bot.example.org']);
    expect(manifest.developer).toMatchObject({
      websiteUrl: 'https://bot.example.org/',
      privacyUrl: 'https://bot.example.org/privacy',
      termsOfUseUrl: 'https://bot.example.org/terms',
    });
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  test('when the icons are read, then the colour icon is 192×192 and the outline icon 32×32, white on transparent', () => {
    const color = readPng(entries.get('color.png') ?? Buffer.alloc(0));
    expect([color.width, color.height]).toEqual([192, 192]);
    const outline = readPng(entries.get('outline.png') ?? Buffer.alloc(0));
    expect([outline.width, outline.height]).toEqual([32, 32]);
    const pixels = outline.rgba ?? new Uint8Array();
    expect(pixels.length).toBe(32 * 32 * 4);
    const notWhite = [];
    for (let i = 0; i < pixels.length; i += 4) {
      const visible = (pixels[i + 3] ?? 0) > 0;
      if (visible && [pixels[i], pixels[i + 1], pixels[i + 2]].some((channel) => channel !== 255)) notWhite.push(i / 4);
    }
    expect(notWhite).toEqual([]);
    expect(pixels.some((value, i) => i % 4 === 3 && value === 0)).toBe(true);
    expect(pixels.some((value, i) => i % 4 === 3 && value === 255)).toBe(true);
  });
});

describe('teams:package options', () => {
  test('when a Teams app id and page URLs are given, then the manifest uses them and stays valid', async () => {
    const out = join(dir, 'custom.zip');
    await teamsPackage(
      '--app-id', APP_ID, '--teams-app-id', TEAMS_APP_ID, '--base-url', 'https://chat.example.be',
      '--privacy-url', 'https://www.example.be/privacy', '--terms-url', 'https://www.example.be/voorwaarden',
      '--developer-name', 'Voorbeeldorganisatie', '--version', '1.2.3', '--out', out,
    );
    const manifest: TeamsAppManifest = JSON.parse((await unzip(out)).get('manifest.json')?.toString('utf8') ?? '{}');
    expect(manifest).toMatchObject({ id: TEAMS_APP_ID, version: '1.2.3', validDomains: ['chat.example.be'] });
    expect(manifest.bots?.[0]?.botId).toBe(APP_ID);
    expect(manifest.developer).toEqual({
      name: 'Voorbeeldorganisatie',
      websiteUrl: 'https://chat.example.be/',
      privacyUrl: 'https://www.example.be/privacy',
      termsOfUseUrl: 'https://www.example.be/voorwaarden',
    });
    expect(await ManifestUtil.validateManifestAgainstSchema(manifest, await schemaFor(manifest))).toEqual([]);
  }, 60_000);

  test('when the app id is not a GUID and the base URL is not https, then it stops with both problems', async () => {
    await expect(teamsPackage('--app-id', 'my-bot', '--base-url', 'http://bot.example.org', '--out', join(dir, 'x.zip')))
      .rejects.toMatchObject({
        code: 1,
        stderr: expect.stringMatching(/app id "my-bot" is not a GUID[\s\S]*base URL "http:\/\/bot\.example\.org" must be an https URL/),
      });
  }, 60_000);

  test('when no app id is given or configured, then it says which option is missing', async () => {
    await expect(teamsPackage('--base-url', 'https://bot.example.org')).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('--app-id is required'),
    });
  }, 60_000);

  test('when the bot runs under a path of its public URL, then privacy and terms point at its pages under that path', () => {
    const values = placeholderValues({ appId: APP_ID, baseUrl: 'https://www.example.be/chatbot', version: '1.0.0' });
    expect(values).toMatchObject({ PrivacyUrl: 'https://www.example.be/chatbot/privacy', TermsOfUseUrl: 'https://www.example.be/chatbot/terms' });
  });

  test('when the template has a placeholder without a value, then filling it fails and names it', () => {
    expect(() => fillTemplate('{"a": "{{Known}}", "b": "{{Unknown}}"}', { Known: 'x' })).toThrow(TeamsPackageError);
    expect(() => fillTemplate('{"b": "{{Unknown}}"}', {})).toThrow(/\{\{Unknown\}\}/);
    expect(fillTemplate('{"a": "{{Name}}"}', { Name: 'say "hi"' })).toBe('{"a": "say \\"hi\\""}');
  });
});
