import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import { loadConfig } from '../../src/config.js';
import { createApp, type App } from '../../src/index.js';
import { createLogger } from '../../src/logger.js';
import { HttpChat } from '../support/httpChat.js';
import { perspectiveScript, playScript, summaryOf, type ScriptTurn } from '../support/perspectiveScript.js';

const DAY_MS = 86_400_000;
const RETENTION_DAYS = 30;

/** The buttons under the summary card. */
function cardActions(activities: readonly Partial<Activity>[]): Array<{ title: string; url: string }> {
  const { content } = summaryOf(activities);
  return ((content as { actions?: Array<{ title: string; url: string }> } | undefined)?.actions ?? []).map(({ title, url }) => ({ title, url }));
}

describe('the printable plan page at its private link', () => {
  let dataDir: string;
  let app: App | undefined;
  let origin: string;
  let clock: number;

  const start = async (env: Record<string, string> = {}) => {
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, RETENTION_DAYS: String(RETENTION_DAYS), ...env });
    app = await createApp(config, { logger: createLogger('silent'), now: () => new Date(clock) });
    origin = `http://127.0.0.1:${await app.start()}`;
  };

  /** The whole talk to the summary (consent given or not); the summary's answer. */
  const talkToSummary = async (conversationId: string, consent: 'ja' | 'nee' = 'ja'): Promise<Partial<Activity>[]> => {
    const script: ScriptTurn[] = [{ say: consent, expect: [] }, ...perspectiveScript.slice(1)];
    await new HttpChat(origin, conversationId, 'webchat', `user-${conversationId}`).join();
    const played = await playScript((text) => new HttpChat(origin, conversationId, 'webchat', `user-${conversationId}`).say(text), script);
    expect(played.turns.at(-1)?.steps).toContain('summary');
    return played.last;
  };

  const planLinkOf = (activities: readonly Partial<Activity>[]): string => {
    const title = app?.content.messages.text('summary.plan-page');
    const link = cardActions(activities).find((action) => action.title === title);
    if (link === undefined) throw new Error(`no "${title}" button under the summary`);
    return link.url;
  };

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'perspectiefbot-plan-page-'));
    clock = Date.parse('2026-11-20T10:00:00.000Z');
  });

  afterEach(async () => {
    await app?.stop();
    app = undefined;
    await rm(dataDir, { recursive: true, force: true });
  });

  test('when a young person reaches the summary, then its link opens their plan, privately, without their id or words in the URL', async () => {
    await start({ PUBLIC_URL: 'http://127.0.0.1:1/bot' });
    const summary = await talkToSummary('conversation-plan-1');
    const link = planLinkOf(summary);

    const url = new URL(link);
    expect(url.origin + url.pathname.replace(/\/plan\/.*$/, '')).toBe('http://127.0.0.1:1/bot');
    const token = url.pathname.replace(/^\/bot\/plan\//, '');
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(link).not.toContain('conversation-plan-1');
    expect(link).not.toContain('user-conversation-plan-1');
    for (const word of ['garage', 'broer', 'infoavond', '9000', 'Gent']) expect(link.toLowerCase()).not.toContain(word.toLowerCase());
    expect(url.search).toBe('');
    // On channels without cards the text carries the link too.
    expect(summaryOf(summary).fallbackText).toContain(`Je plan om te bewaren of af te drukken: ${link}`);

    const response = await fetch(`${origin}/plan/${token}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('content-security-policy')).not.toContain('unsafe-inline');
    const page = await response.text();
    expect(page).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(page).toContain('<h1>Ik kan… werk maken van mijn toekomst</h1>');
    for (const part of ['17 jaar', 'ik werk in een garage en heb een eigen auto', 'ik ben handig en behulpzaam', 'infoavond duaal leren bezoeken', 'mijn broer en mijn CLB-begeleider', 'Print of bewaar als PDF']) {
      expect(page).toContain(part);
    }
    expect(page).toContain('<script src="/site/print.js" defer></script>');
    expect(page).not.toMatch(/<script>|onclick=/);
    expect(page).not.toContain('conversation-plan-1');

    const script = await fetch(`${origin}/site/print.js`);
    expect(script.status).toBe(200);
    expect(await script.text()).toContain('window.print()');
  }, 60_000);

  test('when the token is wrong, malformed or the conversation id, then the answer is a kind 404 page', async () => {
    await start({ PUBLIC_URL: 'http://127.0.0.1:1' });
    const link = planLinkOf(await talkToSummary('conversation-plan-2'));
    const token = new URL(link).pathname.replace('/plan/', '');
    const flipped = `${token.slice(0, 10)}${token[10] === 'A' ? 'B' : 'A'}${token.slice(11)}`;

    for (const path of [`/plan/${flipped}`, '/plan/conversation-plan-2', '/plan/webchat%2Fconversation-plan-2', `/plan/${token}x`]) {
      const response = await fetch(`${origin}${path}`);
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
      expect(response.headers.get('cache-control')).toBe('no-store');
      const page = await response.text();
      expect(page).toContain('Dit plan is er niet (meer)');
      expect(page).toContain('<a href="/">Naar de chat</a>');
      expect(page).not.toContain('garage');
    }
    expect((await fetch(`${origin}/plan/${token}`)).status).toBe(200);
  }, 60_000);

  test('when the young person deletes their conversation, then the link answers 404 and no file of it is left', async () => {
    await start({ PUBLIC_URL: 'http://127.0.0.1:1' });
    const path = new URL(planLinkOf(await talkToSummary('conversation-plan-3'))).pathname;
    const other = new URL(planLinkOf(await talkToSummary('conversation-plan-4'))).pathname;
    expect((await fetch(`${origin}${path}`)).status).toBe(200);

    const chat = new HttpChat(origin, 'conversation-plan-3', 'webchat', 'user-conversation-plan-3');
    await chat.say('verwijder mijn gesprek');
    await chat.say('ja');

    const response = await fetch(`${origin}${path}`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Dit plan is er niet (meer)');
    expect((await fetch(`${origin}${other}`)).status).toBe(200);
    await app?.records.flush?.();
    const pages = (await readdir(join(dataDir, 'records', 'plan-pages', 'pages'), { recursive: true })).filter((name) => name.endsWith('.json'));
    expect(pages).toHaveLength(1);
  }, 90_000);

  test('when the retention period has passed, then the link answers 404, and the purge deletes the pages with and without consent', async () => {
    await start({ PUBLIC_URL: 'http://127.0.0.1:1' });
    const consented = new URL(planLinkOf(await talkToSummary('conversation-plan-5', 'ja'))).pathname;
    const withoutConsent = new URL(planLinkOf(await talkToSummary('conversation-plan-6', 'nee'))).pathname;

    clock += (RETENTION_DAYS - 1) * DAY_MS;
    expect((await fetch(`${origin}${consented}`)).status).toBe(200);
    expect((await fetch(`${origin}${withoutConsent}`)).status).toBe(200);

    clock += 2 * DAY_MS;
    // Expired before the purge has run...
    expect((await fetch(`${origin}${consented}`)).status).toBe(404);
    // ...and gone from storage after it: one with its conversation record, one by its age.
    expect(await app?.purgeExpired()).toMatchObject({ conversations: 1, planPages: 1 });
    await app?.records.flush?.();
    const left = (await readdir(join(dataDir, 'records', 'plan-pages'), { recursive: true })).filter((name) => name.endsWith('.json'));
    expect(left).toEqual([]);
    clock -= 10 * DAY_MS;
    expect((await fetch(`${origin}${consented}`)).status).toBe(404);
    expect((await fetch(`${origin}${withoutConsent}`)).status).toBe(404);
  }, 90_000);

  test('when PUBLIC_URL is not configured, then the summary offers no plan page link', async () => {
    await start();
    const summary = await talkToSummary('conversation-plan-7');

    expect(cardActions(summary).map((action) => action.title)).not.toContain('Je plan om te bewaren of af te drukken');
    expect(summaryOf(summary).fallbackText).not.toContain('/plan/');
    expect(await readdir(join(dataDir, 'records')).then((names) => names.includes('plan-pages'))).toBe(false);
  }, 60_000);
});
