import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import ICAL from 'ical.js';
import webpush from 'web-push';
import { loadConfig } from '../../src/config.js';
import { createApp, type App } from '../../src/index.js';
import { createLogger } from '../../src/logger.js';
import { HttpChat, stepsOf } from '../support/httpChat.js';
import { freePort } from '../support/localServer.js';
import { LocalPushService } from '../support/localPushService.js';
import { perspectiveScript } from '../support/perspectiveScript.js';
import { WebVisitor } from '../support/webVisitor.js';

const DAY_MS = 86_400_000;

/** Every file under a folder with its text. */
async function textsUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return Promise.all(entries.filter((e) => e.isFile()).map((e) => readFile(join(e.parentPath, e.name), 'utf8')));
}

function stepOf(activity: Activity): string {
  return String((activity.channelData as { step?: unknown } | undefined)?.step);
}

describe('coming back from another device', () => {
  let dataDir: string;
  let app: App | undefined;
  let base = '';
  let clock = new Date('2026-12-05T09:00:00Z');
  const push = new LocalPushService();
  const vapid = webpush.generateVAPIDKeys();

  beforeAll(() => push.start());
  afterAll(() => push.stop());

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'perspectiefbot-comeback-'));
    clock = new Date('2026-12-05T09:00:00Z');
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    const config = loadConfig({
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      PUBLIC_URL: base,
      DIRECTLINE_TOKEN_SECRET: 'comeback-token-secret-0123456789',
      VAPID_PUBLIC_KEY: vapid.publicKey,
      VAPID_PRIVATE_KEY: vapid.privateKey,
      VAPID_SUBJECT: 'mailto:privacy@example.org',
    });
    app = await createApp(config, { logger: createLogger('silent'), now: () => clock, ...(push.agent ? { pushAgent: push.agent } : {}) });
    await app.start();
  });

  afterEach(async () => {
    await app?.stop();
    app = undefined;
    await rm(dataDir, { recursive: true, force: true });
  });

  /** The whole talk on the website, to the summary; resolves with the code and link token from the wrap-up. */
  async function talkToSummary(): Promise<{ visitor: WebVisitor; code: string; link: string; passMessage: Activity }> {
    const visitor = new WebVisitor(`${base}/v3/directline`);
    await visitor.open();
    await visitor.listen();
    for (const turn of perspectiveScript) await visitor.say(turn.say);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const passMessage = visitor.live.find((a) => (a.channelData as { returnPass?: unknown } | undefined)?.returnPass !== undefined);
    if (!passMessage) throw new Error('no code at the wrap-up');
    visitor.close();
    const code = /Typ dan deze code: ([2-9A-Z]{3}-[2-9A-Z]{3}-[2-9A-Z]{3})\./.exec(passMessage.text ?? '')?.[1] ?? '';
    const link = String((passMessage.channelData as { returnPass: { link: string } }).returnPass.link);
    return { visitor, code, link, passMessage };
  }

  test('when the wrap-up gives the code and link, then only their hashes are stored and the stored history has them redacted', async () => {
    const { visitor, code, link, passMessage } = await talkToSummary();
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}$/);
    expect(stepOf(passMessage)).toBe('wrapup.follow-up');
    const buttons = (passMessage.attachments?.[0]?.content as { buttons: Array<{ title: string; value: string }> }).buttons;
    expect(buttons).toEqual([
      { type: 'openUrl', title: 'Open je eigen link', value: `${base}/terug/${link}` },
      { type: 'openUrl', title: 'Zet het in je agenda', value: `${base}/terug/${link}/agenda.ics` },
    ]);
    const history = await visitor.history();
    expect(JSON.stringify(history)).not.toContain(code);
    expect(JSON.stringify(history)).toContain('[terugkeercode]');
    await app?.stop();
    app = undefined;
    const stored = (await textsUnder(dataDir)).join('\n');
    expect(stored).not.toContain(code);
    expect(stored).not.toContain(code.replaceAll('-', ''));
    expect(stored).not.toContain(link);
  });

  test('when the private link is opened in a new conversation, then the bot continues with the recap of the plan', async () => {
    const { link } = await talkToSummary();
    clock = new Date(clock.getTime() + 7 * DAY_MS);
    const other = new WebVisitor(`${base}/v3/directline`);
    await other.openLink(link);
    const { activities } = await other.history();
    expect(activities.map(stepOf)).toEqual(['comeback.how', 'comeback.how']);
    expect(activities.map((a) => a.text).join('\n')).toMatch(/Fijn dat je terug bent!\nJe wilde: 'infoavond duaal leren bezoeken'\. Hoe is het gegaan\?/);
    expect(await other.say('het ging goed, de infoavond was leuk')).toEqual(['comeback.how', 'comeback.better']);
  });

  test('when the code is typed in a new conversation, then the bot continues with the recap, and the console record says they came back', async () => {
    const { code } = await talkToSummary();
    clock = new Date(clock.getTime() + 7 * DAY_MS);
    const other = new WebVisitor(`${base}/v3/directline`);
    await other.open();
    expect(await other.say(code)).toEqual(['comeback.how', 'comeback.how']);
    await other.say('goed, ik ben geweest');
    await other.say('ik durf nu zelf te bellen');
    await app?.records.flush?.();
    const record = await app?.records.conversations.get(other.conversationId);
    expect(record).toMatchObject({ cameBack: { at: clock.toISOString(), returns: 1, better: 'ik durf nu zelf te bellen', howItWent: 'goed, ik ben geweest' } });
  });

  test('when the code from the website is typed in Teams, then the talk goes on there with the recap', async () => {
    const { code } = await talkToSummary();
    clock = new Date(clock.getTime() + 7 * DAY_MS);
    const teams = new HttpChat(base, 'a:teams-conversation-1', 'msteams', '29:teams-user-1');
    await teams.join();
    const replies = await teams.say(`mijn code is ${code}`);
    expect(stepsOf(replies)).toEqual(['comeback.how', 'comeback.how']);
    expect(replies.map((a) => a.text).join('\n')).toMatch(/Je wilde: 'infoavond duaal leren bezoeken'\. Hoe is het gegaan\?/);
  });

  test('when a wrong link is opened again and again, then it is refused and the tries are limited', async () => {
    const visitor = new WebVisitor(`${base}/v3/directline`);
    const statuses: number[] = [];
    for (let i = 0; i < 11; i += 1) {
      const response = await fetch(`${base}/v3/directline/tokens/return`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ link: `ABC234DEF${randomBytes(24).toString('base64url')}` }),
      });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([...Array<number>(10).fill(404), 429]);
    expect(visitor.conversationId).toBe('');
  });

  test('when the calendar button is used, then the .ics holds the agreed day and the link back, as ical.js reads it', async () => {
    const { link } = await talkToSummary();
    const response = await fetch(`${base}/terug/${link}/agenda.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="terugkomen.ics"');
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(await response.text())).getFirstSubcomponent('vevent') ?? undefined);
    expect(event.summary).toBe('Terug naar de Perspectiefbot');
    expect(event.startDate.toString()).toBe('2026-12-12');
    expect(event.startDate.isDate).toBe(true);
    expect(event.description).toContain(`${base}/terug/${link}`);
    expect((await fetch(`${base}/terug/ABC234DEF${randomBytes(24).toString('base64url')}/agenda.ics`)).status).toBe(404);
  });

  test('when the page subscribes to the push reminder, then on the due day a push goes to the push service, once', async () => {
    const { link } = await talkToSummary();
    const subscribed = await fetch(`${base}/api/push/subscribe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ link, subscription: push.subscription() }),
    });
    expect(subscribed.status).toBe(201);
    const before = push.received.length;
    await app?.sendDueFollowUps();
    expect(push.received.length).toBe(before);

    clock = new Date('2026-12-12T09:01:00Z');
    await app?.sendDueFollowUps();
    const sent = push.received.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.path).toBe('/push/device-1');
    expect(sent[0]?.headers['content-encoding']).toBe('aes128gcm');
    expect(sent[0]?.headers.authorization).toMatch(new RegExp(`^vapid t=[\\w.-]+, k=${vapid.publicKey}$`));
    expect(sent[0]?.body.length).toBeGreaterThan(16);
    await app?.sendDueFollowUps();
    expect(push.received.length).toBe(before + 1);
  });

  test('when the young person deletes the conversation, then the code, the link, the calendar file, the push subscription and the follow-up stop', async () => {
    const { code, link } = await talkToSummary();
    const subscription = push.subscription();
    await fetch(`${base}/api/push/subscribe`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ link, subscription }) });
    const other = new WebVisitor(`${base}/v3/directline`);
    await other.open();
    expect(await other.say(code)).toEqual(['comeback.how', 'comeback.how']);
    expect(await other.say('verwijder mijn gesprek')).toEqual(['delete']);
    expect(await other.say('ja')).toEqual(['delete']);

    expect(await app?.followUps.nextDueAt()).toBeUndefined();
    expect((await fetch(`${base}/terug/${link}/agenda.ics`)).status).toBe(404);
    const third = new WebVisitor(`${base}/v3/directline`);
    await expect(third.openLink(link)).rejects.toThrow(/answered 404/);
    await third.open();
    expect(await third.say(code)).toEqual(['comeback.wrong', 'welcome.consent']);
    clock = new Date('2026-12-12T09:01:00Z');
    const before = push.received.length;
    await app?.sendDueFollowUps();
    expect(push.received.length).toBe(before);
    await app?.stop();
    app = undefined;
    expect((await textsUnder(dataDir)).join('\n')).not.toContain(subscription.keys.p256dh);
  });

  test('when the retention period has passed, then the purge deletes the pass with its push subscription', async () => {
    const { code } = await talkToSummary();
    clock = new Date(clock.getTime() + 91 * DAY_MS);
    const purged = await app?.purgeExpired();
    expect(purged?.returnPasses).toBe(1);
    const other = new WebVisitor(`${base}/v3/directline`);
    await other.open();
    expect(await other.say(code)).toEqual(['comeback.wrong', 'welcome.consent']);
  });
});
