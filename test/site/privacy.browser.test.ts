import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { loadConfig } from '../../src/config.js';
import { createApp, type App } from '../../src/index.js';
import { createLogger } from '../../src/logger.js';
import { launchChromium } from '../support/browser.js';
import { freePort } from '../support/localServer.js';

/** The WCAG 2.2 AA rules axe-core checks. */
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Not the default (90), so a page that shows the default instead of the setting fails. */
const RETENTION_DAYS = 45;

interface AxeViolation {
  id: string;
  help: string;
  nodes: Array<{ target: unknown }>;
}

/** axe-core's violations on the page, injected from the installed package (nothing fetched). */
async function accessibilityViolations(page: Page, axeSource: string): Promise<Array<{ id: string; help: string; targets: string }>> {
  await page.evaluate(axeSource);
  // A string, run in the page: the tests are compiled without the DOM's types.
  const run = `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_AA)} } }).then((result) => result.violations)`;
  const violations = await page.evaluate<AxeViolation[]>(run);
  return violations.map((violation) => ({ id: violation.id, help: violation.help, targets: JSON.stringify(violation.nodes.map((node) => node.target)) }));
}

describe('the privacy page in a real browser', () => {
  let dataDir: string;
  let app: App;
  let browser: Browser;
  let origin: string;
  let axeSource: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'perspectiefbot-privacy-'));
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    const config = loadConfig({
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      PUBLIC_URL: origin,
      RETENTION_DAYS: String(RETENTION_DAYS),
      ORGANISATION_NAME: 'CLB Voorbeeldstad',
      ORGANISATION_CONTACT: 'privacy@clb-voorbeeldstad.example',
      DPO_CONTACT: 'dpo@voorbeeldstad.example',
    });
    app = await createApp(config, { logger: createLogger('silent') });
    await app.start();
    browser = await launchChromium();
    axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  /** Checks what a young person reads on the privacy page. */
  async function expectPrivacyPage(page: Page): Promise<void> {
    await page.waitForLoadState('domcontentloaded');
    expect(new URL(page.url()).pathname).toBe('/privacy');
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    const { sections, summaries } = app.content.notices.privacy;
    const headings = await page.locator('main section h2').allInnerTexts();
    expect(headings).toEqual([...sections.map((section) => section.title), ...summaries.map((summary) => summary.title)]);
    for (const section of sections) expect(await page.locator(`section#${section.id}`).count()).toBe(1);
    expect(await page.locator('section[lang="en"]').innerText()).toContain(`${RETENTION_DAYS} days`);
    expect(await page.locator('section[lang="fr"]').innerText()).toContain(`${RETENTION_DAYS} jours`);
    const kept = await page.locator('section#hoelang').innerText();
    expect(kept).toContain(`${RETENTION_DAYS} dagen`);
    expect(kept).not.toContain('90 dagen');
    const who = await page.locator('section#wie').innerText();
    expect(who).toContain('CLB Voorbeeldstad');
    expect(who).toContain('privacy@clb-voorbeeldstad.example');
    expect(who).toContain('dpo@voorbeeldstad.example');
    expect(await page.locator('main').innerText()).toContain('verwijder mijn gesprek');
  }

  test('when a young person follows the privacy link under the chat, then the page opens with its sections and the configured retention', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const chat = await context.newPage();
    await chat.goto(`${origin}/`);
    const opened = context.waitForEvent('page');
    await chat.getByRole('link', { name: 'Privacy' }).click();
    const privacy = await opened;
    await expectPrivacyPage(privacy);
    const width = await privacy.evaluate<number>('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(390);
    await context.close();
  }, 60_000);

  test('when a young person taps "Meer weten?" in the welcome, then the privacy page opens', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const chat = await context.newPage();
    await chat.goto(`${origin}/`);
    // Web Chat also copies the card into a transcript for screen readers, out of the tab order.
    const button = chat.getByRole('button', { name: 'Meer weten?' }).and(chat.locator(':not([tabindex="-1"])'));
    await button.waitFor({ timeout: 20_000 });
    const opened = context.waitForEvent('page');
    await button.click();
    await expectPrivacyPage(await opened);
    await context.close();
  }, 60_000);

  test('when axe-core checks the privacy page and the terms, then it finds no WCAG 2.2 AA violations', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${origin}/privacy`);
    expect(await accessibilityViolations(page, axeSource)).toEqual([]);
    await page.goto(`${origin}/terms`);
    expect(await page.locator('h1').innerText()).toBe(app.content.notices.terms.title);
    expect(await page.locator('main section h2').allInnerTexts()).toEqual(app.content.notices.terms.sections.map((section) => section.title));
    expect(await accessibilityViolations(page, axeSource)).toEqual([]);
    await page.close();
  }, 60_000);

  test('when axe-core is given a page with a known violation, then it reports it (the check can fail)', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/privacy`);
    await page.evaluate("document.documentElement.removeAttribute('lang')");
    expect((await accessibilityViolations(page, axeSource)).map((violation) => violation.id)).toContain('html-has-lang');
    await page.close();
  }, 60_000);
});
