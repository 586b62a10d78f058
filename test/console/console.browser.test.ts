import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import type { Browser, Page } from 'playwright-core';
import { loadConfig } from '../../src/config.js';
import { UserStore } from '../../src/console/users.js';
import { createApp, type App } from '../../src/index.js';
import { createLogger } from '../../src/logger.js';
import { HttpChat } from '../support/httpChat.js';
import { launchChromium } from '../support/browser.js';

describe('the counsellor console in a real browser', () => {
  let dataDir: string;
  let app: App;
  let baseUrl: string;
  let browser: Browser;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'console-browser-'));
    await new UserStore(dataDir).add('lien.begeleider', 'counsellor', 'een sterk wachtwoord');
    app = await createApp(loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir }), { logger: createLogger('silent') });
    baseUrl = `http://127.0.0.1:${await app.start()}`;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  async function signIn(page: Page): Promise<void> {
    await page.getByLabel('Gebruikersnaam').fill('lien.begeleider');
    await page.getByLabel('Wachtwoord').fill('een sterk wachtwoord');
    await page.getByRole('button', { name: 'Aanmelden' }).click();
  }

  test('when a counsellor signs in, then they read, export and follow up a consented conversation and see the charts', async () => {
    const chat = new HttpChat(baseUrl, 'browser-conversation-1');
    await chat.join();
    await chat.say('ja');
    await chat.say('ik ben 17 en mijn gsm is 0470 12 34 56');
    const callback = await app.records.callbacks.create({
      conversationId: 'browser-conversation-1',
      contact: { kind: 'phone', value: '0470 12 34 56' },
      summary: 'Ik wil werken en leren samen.',
      region: 'oost-vlaanderen',
    });

    const page = await browser.newPage();
    const direct = await page.goto(`${baseUrl}/console/conversations/browser-conversation-1`);
    expect(direct?.url()).toBe(`${baseUrl}/console/sign-in`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Aanmelden');

    await signIn(page);
    await page.waitForURL(`${baseUrl}/console/conversations`);
    const table = page.getByRole('table');
    expect(await table.locator('caption').textContent()).toContain('1 van 1 gesprekken');
    await table.getByRole('link').first().click();
    await page.waitForURL(`${baseUrl}/console/conversations/browser-conversation-1`);
    const chatText = (await page.locator('ol.chat').textContent()) ?? '';
    expect(chatText).toContain('ik ben 17 en mijn gsm is [telefoonnummer]');
    expect(chatText).not.toContain('0470');
    expect(await page.locator('.bubble.young').count()).toBeGreaterThan(0);
    expect(await page.locator('.bubble.bot .step').first().textContent()).toMatch(/^stap: /);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Exporteren (.transcript)' }).click()]);
    expect(download.suggestedFilename()).toBe('browser-conversation-1.transcript');
    const exported = JSON.parse(await readFile(await download.path(), 'utf8')) as Activity[];
    expect(Array.isArray(exported)).toBe(true);
    expect(exported.some((activity) => activity.text?.includes('[telefoonnummer]'))).toBe(true);
    expect(JSON.stringify(exported)).not.toContain('0470');

    await page.getByRole('link', { name: 'Terugbellen' }).click();
    const openRow = page.getByRole('row', { name: /Ik wil werken en leren samen/ });
    await openRow.getByRole('button', { name: 'Afgerond' }).click();
    await page.waitForURL(`${baseUrl}/console/callbacks`);
    expect((await app.records.callbacks.list()).find((r) => r.id === callback.id)).toMatchObject({ status: 'done', takenBy: 'lien.begeleider' });
    expect(await page.getByRole('table', { name: 'Afgerond' }).getByText('Ik wil werken en leren samen.').count()).toBe(1);

    await page.getByRole('link', { name: 'Inzicht' }).click();
    expect(await page.locator('figure.chart svg').count()).toBeGreaterThanOrEqual(3);
    expect(await page.getByRole('table', { name: 'Gesprekken per week' }).count()).toBe(1);

    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.waitForURL(`${baseUrl}/console/sign-in`);
    await page.goto(`${baseUrl}/console/callbacks`);
    expect(page.url()).toBe(`${baseUrl}/console/sign-in`);
    const audit = (await app.records.audit.list(50)).map((entry) => [entry.user, entry.action]);
    expect(audit).toEqual(
      expect.arrayContaining([
        ['lien.begeleider', 'open-conversation'],
        ['lien.begeleider', 'export-conversation'],
        ['lien.begeleider', 'update-callback'],
        ['lien.begeleider', 'sign-out'],
      ]),
    );
    await page.close();
  });

  test('when an export is asked without a session, then it is refused with 401', async () => {
    const response = await fetch(`${baseUrl}/console/conversations/browser-conversation-1/export`, { redirect: 'manual' });
    expect(response.status).toBe(401);
  });
});
