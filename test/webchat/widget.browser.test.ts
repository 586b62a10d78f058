import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { loadConfig } from '../../src/config.js';
import { createApp, type App } from '../../src/index.js';
import { createLogger } from '../../src/logger.js';
import { SELF_HOSTED_SERVICE_URL } from '../../src/webchat/directLineAdapter.js';
import { launchChromium } from '../support/browser.js';

/** The conversation this browser tab holds, as the page keeps it in sessionStorage. */
async function tabConversation(page: Page): Promise<{ conversationId: string; userId: string }> {
  return page.evaluate(() => {
    const session = JSON.parse(sessionStorage.getItem('perspectiefbot.session') ?? '{}') as { token: string; conversationId: string };
    const claims = JSON.parse(atob((session.token.split('.')[1] ?? '').replace(/-/g, '+').replace(/_/g, '/'))) as { user: string };
    return { conversationId: session.conversationId, userId: claims.user };
  });
}

describe('the website widget in a real browser', () => {
  let dataDir: string;
  let app: App;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'perspectiefbot-widget-'));
    app = await createApp(loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir }), { logger: createLogger('silent') });
    origin = `http://127.0.0.1:${await app.start()}`;
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  test('when a young person chats, reloads the page and waits, then the bot greets first, the talk continues and the follow-up arrives', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const errors: string[] = [];
    page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));

    await page.goto(`${origin}/`);
    await expect(page.getByText('Ik ben een chatbot, geen mens', { exact: false }).first().waitFor({ timeout: 20_000 })).resolves.toBeUndefined();
    expect(await page.getAttribute('html', 'lang')).toBe('nl');

    await page.getByRole('button', { name: 'Ja', exact: true }).first().click();
    await page.getByText('nuttig voor je zijn', { exact: false }).first().waitFor({ timeout: 15_000 });
    const input = page.getByRole('textbox').first();
    await input.fill('sla over');
    await input.press('Enter');
    await page.getByText('Hoe oud ben je', { exact: false }).first().waitFor({ timeout: 15_000 });

    await input.fill('zeventien');
    await input.press('Enter');
    await page.getByText('17 jaar', { exact: false }).first().waitFor({ timeout: 15_000 });
    const before = await tabConversation(page);

    await page.reload();
    await page.getByText('17 jaar', { exact: false }).first().waitFor({ timeout: 20_000 });
    expect(await tabConversation(page)).toEqual(before);

    await app.followUps.schedule(
      {
        channelId: 'directline',
        serviceUrl: SELF_HOSTED_SERVICE_URL,
        conversation: { id: before.conversationId, isGroup: false, conversationType: 'personal', name: '' },
        user: { id: before.userId, name: '' },
        bot: { id: 'perspectiefbot', name: 'Perspectiefbot' },
      },
      new Date(Date.now() + 1000),
    );
    await page.getByText('Zoals afgesproken', { exact: false }).first().waitFor({ timeout: 20_000 });

    const local = [origin, origin.replace('http', 'ws'), `blob:${origin}`];
    expect(requests.filter((url) => !local.some((prefix) => url.startsWith(`${prefix}/`)))).toEqual([]);
    expect(errors).toEqual([]);
  }, 120_000);
});
