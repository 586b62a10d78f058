import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import webpush from 'web-push';
import { loadConfig } from '../../src/config.js';
import { createApp, type App } from '../../src/index.js';
import { createLogger } from '../../src/logger.js';
import { launchChromium } from '../support/browser.js';
import { freePort } from '../support/localServer.js';
import { LocalPushService } from '../support/localPushService.js';
import { perspectiveScript } from '../support/perspectiveScript.js';

/** The recap of the plan (Web Chat may render the quotes as typographic ones). */
const RECAP = /Je wilde: .infoavond duaal leren bezoeken.\. Hoe is het gegaan\?/;
const CODE = /Typ dan deze code: ([2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3})\./;

/** Types a message in Web Chat and waits until the bot has taken the turn. */
async function type(page: Page, text: string): Promise<void> {
  const input = page.getByRole('textbox').first();
  await input.fill(text);
  const posted = page.waitForResponse((response) => response.request().method() === 'POST' && /\/activities$/.test(response.url()));
  await input.press('Enter');
  await posted;
}

/**
 * Chromium here has no real push service: the page's PushManager hands out a subscription of the
 * local stand-in instead, with the keys a browser would make. The rest (permission, service
 * worker, the page's request to the bot, web-push's encrypted message) is real.
 */
async function withLocalPushService(context: BrowserContext, origin: string, push: LocalPushService): Promise<void> {
  await context.grantPermissions(['notifications'], { origin });
  const subscription = push.subscription();
  await context.addInitScript((json) => {
    const pushManager = (globalThis as unknown as { PushManager: { prototype: { subscribe: () => Promise<unknown> } } }).PushManager;
    pushManager.prototype.subscribe = () => Promise.resolve({ toJSON: () => json });
  }, subscription);
}

describe('coming back, in a real browser', () => {
  let dataDir: string;
  let app: App;
  let browser: Browser;
  let origin: string;
  let clock = new Date('2026-12-05T09:00:00Z');
  const push = new LocalPushService();

  beforeAll(async () => {
    await push.start();
    dataDir = await mkdtemp(join(tmpdir(), 'perspectiefbot-comeback-browser-'));
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    const vapid = webpush.generateVAPIDKeys();
    const config = loadConfig({
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      PUBLIC_URL: origin,
      VAPID_PUBLIC_KEY: vapid.publicKey,
      VAPID_PRIVATE_KEY: vapid.privateKey,
      VAPID_SUBJECT: 'mailto:privacy@example.org',
    });
    app = await createApp(config, { logger: createLogger('silent'), now: () => clock, ...(push.agent ? { pushAgent: push.agent } : {}) });
    await app.start();
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await push.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  test('when a young person finishes on one device and types the code on another, then the talk goes on with their plan; the .ics and the push reach them', async () => {
    // The first device: the whole talk, with "onthoud mij op dit toestel" ticked and a push reminder asked for.
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
    await withLocalPushService(phone, origin, push);
    const page = await phone.newPage();
    await page.goto(`${origin}/`);
    await page.getByText('Ik ben een chatbot, geen mens', { exact: false }).first().waitFor({ timeout: 20_000 });
    const remember = page.getByLabel('Onthoud mij op dit toestel');
    expect(await remember.isChecked()).toBe(false);
    await remember.check();
    for (const turn of perspectiveScript) await type(page, turn.say);

    const passText = page.getByText(CODE).first();
    await passText.waitFor({ timeout: 20_000 });
    const code = CODE.exec((await passText.textContent()) ?? '')?.[1] ?? '';
    expect(code).not.toBe('');
    const link = await page.evaluate(() => localStorage.getItem('perspectiefbot.return'));
    expect(link).toMatch(/^[2-9A-HJKMNP-Z]{9}[A-Za-z0-9_-]{32}$/);

    // "Zet het in je agenda": the .ics downloads and a calendar library reads the day and the link back.
    const downloaded = new Promise<Download>((resolve) => {
      page.on('download', resolve);
      phone.on('page', (tab) => tab.on('download', resolve));
    });
    await page.getByRole('button', { name: 'Zet het in je agenda' }).first().click();
    const download = await downloaded;
    const ics = await readFile(await download.path(), 'utf8');
    expect(download.suggestedFilename()).toBe('terugkomen.ics');
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent') ?? undefined);
    expect(event.startDate.toString()).toBe('2026-12-12');
    expect(event.description).toContain(`${origin}/terug/${link ?? ''}`);

    // The push reminder: the page subscribes (permission, service worker) and hands it to the bot.
    await page.getByRole('button', { name: 'Stuur me een melding op de afgesproken dag' }).click();
    await page.getByText('Oké, je krijgt op die dag een melding.').first().waitFor({ timeout: 15_000 });

    // A reload shows the stored history, where code and link are redacted; the remembered link stays.
    await page.reload();
    await page.getByText('[terugkeercode]', { exact: false }).first().waitFor({ timeout: 20_000 });
    expect(await page.evaluate(() => localStorage.getItem('perspectiefbot.return'))).toBe(link);

    // Another device: a new browser context, the code typed in the chat.
    const laptop = await browser.newContext();
    const other = await laptop.newPage();
    await other.goto(`${origin}/`);
    await other.getByText('Ik ben een chatbot, geen mens', { exact: false }).first().waitFor({ timeout: 20_000 });
    expect(await other.evaluate(() => localStorage.getItem('perspectiefbot.return'))).toBeNull();
    clock = new Date('2026-12-11T19:00:00Z');
    await type(other, code);
    await other.getByText(RECAP).first().waitFor({ timeout: 15_000 });
    await type(other, 'het ging goed, de infoavond was leuk');
    await other.getByText('Wat is er beter sinds vorige keer?', { exact: false }).first().waitFor({ timeout: 15_000 });

    // Back on the first device, in a new tab: it remembered the link and continues the same plan.
    const again = await phone.newPage();
    await again.goto(`${origin}/`);
    await again.getByText(RECAP).first().waitFor({ timeout: 20_000 });
    expect(await again.getByText('Ik ben een chatbot, geen mens', { exact: false }).count()).toBe(0);
    // Unticking "onthoud mij" forgets the link on this device.
    const rememberAgain = again.getByLabel('Onthoud mij op dit toestel');
    expect(await rememberAgain.isChecked()).toBe(true);
    await rememberAgain.uncheck();
    expect(await again.evaluate(() => localStorage.getItem('perspectiefbot.return'))).toBeNull();

    // The due day: the push service gets the reminder.
    const before = push.received.length;
    clock = new Date('2026-12-12T09:05:00Z');
    await app.sendDueFollowUps();
    expect(push.received.slice(before).map((r) => r.path)).toEqual(['/push/device-1']);

    await phone.close();
    await laptop.close();
  }, 180_000);

  test('when a private link no longer works, then the page says so kindly and a new talk starts', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/terug/ABC234DEFabcdefghijklmnopqrstuvwxyz012345`);
    await page.getByText('Die link werkt niet meer.', { exact: false }).first().waitFor({ timeout: 15_000 });
    await page.getByText('Ik ben een chatbot, geen mens', { exact: false }).first().waitFor({ timeout: 20_000 });
    expect(new URL(page.url()).pathname).toBe('/');
    await context.close();
  }, 60_000);
});
