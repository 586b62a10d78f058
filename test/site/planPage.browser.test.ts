import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import type { Browser, Page } from 'playwright-core';
import { loadConfig } from '../../src/config.js';
import { createApp, type App } from '../../src/index.js';
import { createLogger } from '../../src/logger.js';
import { launchChromium } from '../support/browser.js';
import { HttpChat } from '../support/httpChat.js';
import { freePort } from '../support/localServer.js';
import { expected, playScript, summaryOf } from '../support/perspectiveScript.js';

/** The WCAG 2.2 AA rules axe-core checks. */
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe-core's violations on the page, injected from the installed package (nothing fetched). */
async function accessibilityViolations(page: Page, axeSource: string): Promise<Array<{ id: string; targets: string }>> {
  await page.evaluate(axeSource);
  const run = `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_AA)} } }).then((result) => result.violations)`;
  const violations = await page.evaluate<Array<{ id: string; nodes: Array<{ target: unknown }> }>>(run);
  return violations.map((violation) => ({ id: violation.id, targets: JSON.stringify(violation.nodes.map((node) => node.target)) }));
}

/** The URL of the summary's "Je plan om te bewaren of af te drukken" button. */
function planLinkOf(activities: readonly Partial<Activity>[], title: string): string {
  const actions = (summaryOf(activities).content as { actions?: Array<{ title: string; url: string }> } | undefined)?.actions ?? [];
  const link = actions.find((action) => action.title === title);
  if (link === undefined) throw new Error(`no "${title}" button under the summary`);
  return link.url;
}

describe('the printable plan page in a real browser', () => {
  let dataDir: string;
  let app: App;
  let browser: Browser;
  let origin: string;
  let axeSource: string;
  let summary: Partial<Activity>[];

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'perspectiefbot-plan-browser-'));
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    const config = loadConfig({ PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, PUBLIC_URL: origin });
    app = await createApp(config, { logger: createLogger('silent') });
    await app.start();
    browser = await launchChromium();
    axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const chat = () => new HttpChat(origin, 'plan-in-the-browser', 'webchat', 'young-person-plan');
    await chat().join();
    const played = await playScript((text) => chat().say(text));
    expect(played.turns).toEqual(expected());
    summary = played.last;
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  test('when the young person opens the link under their summary, then the page shows every part of their plan and has no WCAG 2.2 AA violations', async () => {
    const link = planLinkOf(summary, app.content.messages.text('summary.plan-page'));
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const failed: string[] = [];
    page.on('response', (response) => void (response.status() >= 400 && failed.push(response.url())));
    const errors: string[] = [];
    page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
    await page.goto(link);

    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    expect(await page.locator('h1').innerText()).toBe('Ik kan… werk maken van mijn toekomst');
    // The same sections as the card in the chat, in its order: the card's block titles are the page's headings.
    const card = JSON.stringify(summaryOf(summary).content);
    const headings = await page.locator('main section h2').allInnerTexts();
    expect(headings.length).toBeGreaterThanOrEqual(8);
    for (const heading of headings) expect(card).toContain(JSON.stringify(heading));
    const labels = ['situation', 'choice', 'future', 'strengths', 'route', 'rules', 'where', 'next-step', 'supporters', 'follow-up'] as const;
    for (const key of labels) expect(headings).toContain(app.content.messages.text(`summary.label.${key}`));
    const text = await page.locator('main').innerText();
    for (const part of ['17 jaar', 'ik werk in een garage en heb een eigen auto', 'ik ben handig en behulpzaam', 'infoavond duaal leren bezoeken', 'mijn broer en mijn CLB-begeleider']) {
      expect(text).toContain(part);
    }
    // The route's steps are a numbered list, the contacts a list, as on the card.
    expect(await page.locator('#plan-route ol > li').count()).toBeGreaterThan(0);
    expect(await page.locator('#plan-where ul > li').count()).toBeGreaterThan(0);

    const button = page.getByRole('button', { name: 'Print of bewaar als PDF' });
    await button.waitFor({ state: 'visible' });
    const width = await page.evaluate<number>('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(390);
    expect(await accessibilityViolations(page, axeSource)).toEqual([]);
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  test('when the young person taps "Print of bewaar als PDF", then the print dialog opens (no inline script needed)', async () => {
    const page = await browser.newPage();
    await page.goto(planLinkOf(summary, app.content.messages.text('summary.plan-page')));
    // Headless Chromium has no print dialog: count the calls the button makes.
    await page.evaluate('window.printed = 0; window.print = () => { window.printed += 1; };');
    await page.getByRole('button', { name: 'Print of bewaar als PDF' }).click();
    expect(await page.evaluate<number>('window.printed')).toBe(1);
    await page.close();
  }, 60_000);

  test('when the page is saved as PDF, then it is an A4 PDF of at least one page, without the button', async () => {
    const page = await browser.newPage();
    await page.goto(planLinkOf(summary, app.content.messages.text('summary.plan-page')));
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Print of bewaar als PDF' }).isVisible()).toBe(false);
    expect(await page.locator('#plan-route').isVisible()).toBe(true);

    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });

    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // One MediaBox per page, each A4: 595 x 842 points.
    const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(boxes.length).toBeGreaterThanOrEqual(1);
    for (const [width, height] of boxes) {
      expect(Math.abs((width ?? 0) - 595)).toBeLessThan(1);
      expect(Math.abs((height ?? 0) - 842)).toBeLessThan(1);
    }
    expect(pdf.length).toBeGreaterThan(5_000);
    await page.close();
  }, 60_000);

  test('when a link opens nothing, then the browser shows the kind page, which also passes axe', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${origin}/plan/${'A'.repeat(43)}`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBe(app.content.messages.text('site.plan.gone.title'));
    expect(await accessibilityViolations(page, axeSource)).toEqual([]);
    await page.close();
  }, 60_000);
});

