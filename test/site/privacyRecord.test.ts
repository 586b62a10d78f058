import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, STORAGE_KINDS, TRANSCRIPT_CONSENT_MODES, type StorageKind, type TranscriptConsent } from '../../src/config.js';
import { Messages } from '../../src/content/messages.js';
import { contentDir, projectRoot } from '../../src/paths.js';
import { fillNotice, loadNotices, noticeSettings, type NoticeSettings } from '../../src/site/noticeContent.js';
import { renderPrivacyPage } from '../../src/site/noticePage.js';
import { settingNames } from '../deployment/configSettings.js';

/** The settings that change what is stored about a young person, with every value they can have. */
const STORED_SETTINGS: ReadonlyArray<{ name: string; values: readonly string[]; default: string }> = [
  { name: 'STORAGE', values: STORAGE_KINDS, default: loadConfig({}).storage.kind },
  { name: 'RETENTION_DAYS', values: [], default: String(loadConfig({}).retentionDays) },
  { name: 'TRANSCRIPT_CONSENT', values: TRANSCRIPT_CONSENT_MODES, default: loadConfig({}).transcriptConsent },
];

const record = readFileSync(join(projectRoot, 'docs', 'privacy-record.md'), 'utf8');
const messages = Messages.load(contentDir);
const notices = loadNotices(contentDir);

/** The record's table row for a setting: `| \`NAME\` | …`. */
function rowOf(name: string): string | undefined {
  return record.split('\n').find((line) => line.startsWith(`| \`${name}\` |`));
}

/** The visible text of an HTML page, entities decoded, so it can be compared with the content. */
function visibleText(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

function settings(storage: StorageKind, transcriptConsent: TranscriptConsent, retentionDays: number): NoticeSettings {
  return { organisation: { name: 'CLB Voorbeeldstad', contact: 'info@example.org', dpo: 'dpo@example.org' }, retentionDays, storage, transcriptConsent };
}

describe('docs/privacy-record.md against the configuration', () => {
  test('when a setting changes what is stored, then src/config.ts reads it and the record has a row for it', () => {
    expect(settingNames()).toEqual(expect.arrayContaining(STORED_SETTINGS.map((setting) => setting.name)));
    expect(STORED_SETTINGS.filter((setting) => rowOf(setting.name) === undefined).map((setting) => setting.name)).toEqual([]);
  });

  test('when a setting has values, then its row names every one of them and marks the default of the config schema', () => {
    for (const setting of STORED_SETTINGS) {
      const row = rowOf(setting.name) ?? '';
      for (const value of setting.values) expect({ setting: setting.name, row }).toEqual({ setting: setting.name, row: expect.stringContaining(`\`${value}\``) });
      expect({ setting: setting.name, row }).toEqual({ setting: setting.name, row: expect.stringContaining(`\`${setting.default}\` (default)`) });
    }
  });

  test('when the record says where data are kept, then it has a column for every storage backend', () => {
    for (const kind of STORAGE_KINDS) expect(record).toContain(`| with \`STORAGE=${kind}\` |`);
  });

  test('when the record names a setting, then src/config.ts reads a setting of that name', () => {
    const named = [...record.matchAll(/`([A-Z][A-Z_]+|MicrosoftApp\w+)(?:=[\w-]+)?`/g)].map((match) => match[1] ?? '');
    const known = new Set(settingNames());
    expect([...new Set(named)].filter((name) => !known.has(name))).toEqual([]);
  });
});

describe('the privacy page against the running settings', () => {
  test.each(STORAGE_KINDS.flatMap((storage) => TRANSCRIPT_CONSENT_MODES.map((consent) => ({ storage, consent }))))(
    'when STORAGE=$storage and TRANSCRIPT_CONSENT=$consent, then the page shows the line for each and the configured retention',
    ({ storage, consent }) => {
      const running = settings(storage, consent, 37);
      const page = visibleText(renderPrivacyPage(messages, notices.privacy, running));
      const fill = (value: string) => fillNotice(value, running, notices.privacy.unset);
      expect(page).toContain(fill(notices.privacy.storage[storage]));
      expect(page).toContain(fill(notices.privacy.consent[consent]));
      for (const other of STORAGE_KINDS.filter((kind) => kind !== storage)) expect(page).not.toContain(fill(notices.privacy.storage[other]));
      for (const other of TRANSCRIPT_CONSENT_MODES.filter((mode) => mode !== consent)) expect(page).not.toContain(fill(notices.privacy.consent[other]));
      expect(page).toContain('37 dagen');
      expect(page).not.toMatch(/\{\w+\}/);
    },
  );

  test('when the settings come from the configuration, then the page shows them', () => {
    const config = loadConfig({ RETENTION_DAYS: '12', STORAGE: 'blob', AZURE_STORAGE_CONNECTION_STRING: 'x', TRANSCRIPT_CONSENT: 'off', ORGANISATION_NAME: 'Stad Voorbeeld' });
    const page = visibleText(renderPrivacyPage(messages, notices.privacy, noticeSettings(config)));
    expect(page).toContain('12 dagen');
    expect(page).toContain('Azure Blob Storage');
    expect(page).toContain('Stad Voorbeeld');
    expect(page).toContain(notices.privacy.unset);
  });

  describe('when the content misses a line for a setting', () => {
    let dir: string;
    const privacyFile = () => join(dir, 'pages', 'privacy.yaml');

    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'perspectiefbot-pages-'));
      cpSync(join(contentDir, 'pages'), join(dir, 'pages'), { recursive: true });
    });

    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    test('when a storage backend has no line, then loading the content fails and names it', () => {
      writeFileSync(privacyFile(), readFileSync(privacyFile(), 'utf8').replace(/^ {2}blob: .*\n/m, ''));
      expect(() => loadNotices(dir)).toThrow(/field "storage"[\s\S]*blob|blob[\s\S]*field "storage"/);
    });

    test('when the page never shows the retention, then loading the content fails', () => {
      writeFileSync(privacyFile(), readFileSync(privacyFile(), 'utf8').replaceAll('{retentionDays}', '90'));
      expect(() => loadNotices(dir)).toThrow(/never shows \{retentionDays\}/);
    });

    test('when a consent mode has no line, then loading the content fails', () => {
      writeFileSync(privacyFile(), readFileSync(privacyFile(), 'utf8').replace(/^ {2}off: .*\n/m, ''));
      expect(() => loadNotices(dir)).toThrow(/consent/);
    });
  });
});
