import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import { SignJWT } from 'jose';
import WebSocket from 'ws';
import { loadConfig } from '../../src/config.js';
import { createApp, type App } from '../../src/index.js';
import { createLogger } from '../../src/logger.js';

const SECRET = 'test-token-secret-0123456789abcdef';

interface TokenBody {
  conversationId: string;
  token: string;
  expires_in: number;
  streamUrl?: string;
}

describe('the self-hosted Direct Line', () => {
  let dataDir: string;
  let app: App | undefined;
  let base: string;

  const start = async () => {
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, DIRECTLINE_TOKEN_SECRET: SECRET });
    app = await createApp(config, { logger: createLogger('silent') });
    base = `http://127.0.0.1:${await app.start()}/v3/directline`;
  };

  const call = async (method: string, path: string, token?: string, body?: object) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  /** A new conversation, started: the token, and what the bot said first. */
  const startConversation = async () => {
    const generated = (await call('POST', '/tokens/generate')).body as unknown as TokenBody;
    const started = await call('POST', '/conversations', generated.token);
    return { generated, started: started.body as unknown as TokenBody, status: started.status };
  };

  const activities = async (conversationId: string, token: string, watermark = '') =>
    (await call('GET', `/conversations/${conversationId}/activities?watermark=${watermark}`, token)).body as {
      activities: Activity[];
      watermark: string;
    };

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'perspectiefbot-dl-'));
    await start();
  });

  afterEach(async () => {
    await app?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  test('when a page starts a conversation, then the answers have the shapes Web Chat expects and the bot greets first', async () => {
    const { generated, started, status } = await startConversation();
    expect(generated).toEqual({ conversationId: expect.any(String), token: expect.any(String), expires_in: 1800 });
    expect(status).toBe(201);
    expect(started).toMatchObject({ conversationId: generated.conversationId, token: expect.any(String), expires_in: 1800 });
    expect(started.streamUrl).toMatch(new RegExp(`^ws://127\\.0\\.0\\.1:\\d+/v3/directline/conversations/${generated.conversationId}/stream\\?t=`));

    const first = await activities(started.conversationId, started.token);
    expect(first.activities[0]).toMatchObject({ type: 'message', from: { role: 'bot' }, channelData: { step: 'welcome' } });
    expect(first.watermark).toBe(String(first.activities.length));

    const posted = await call('POST', `/conversations/${started.conversationId}/activities`, started.token, {
      type: 'message',
      text: 'ja',
      from: { id: 'someone-else', role: 'bot' },
      channelData: { clientActivityID: 'c-1' },
    });
    expect(posted).toEqual({ status: 200, body: { id: `${started.conversationId}|${first.watermark.padStart(7, '0')}` } });

    const next = await activities(started.conversationId, started.token, first.watermark);
    expect(next.activities[0]).toMatchObject({ text: 'ja', from: { id: expect.stringMatching(/^dl_/), role: 'user' }, channelData: { clientActivityID: 'c-1' } });
    expect(next.activities.slice(1).map((a) => (a.channelData as { step: string }).step)).toContain('welcome.useful-for');
  });

  test('when a token is for one conversation, then it can neither read nor post to another', async () => {
    const a = await startConversation();
    const b = await startConversation();
    const read = await call('GET', `/conversations/${a.started.conversationId}/activities`, b.started.token);
    const post = await call('POST', `/conversations/${a.started.conversationId}/activities`, b.started.token, { type: 'message', text: 'hoi' });
    const reconnect = await call('GET', `/conversations/${a.started.conversationId}`, b.started.token);
    expect([read.status, post.status, reconnect.status]).toEqual([403, 403, 403]);
    expect(read.body).toEqual({ error: { code: 'BadArgument', message: expect.any(String) } });
  });

  test('when a token is expired, forged or missing, then it is refused the way Direct Line does', async () => {
    const { started } = await startConversation();
    const claims = { conv: started.conversationId, user: 'dl_x' };
    const expired = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('perspectiefbot')
      .setAudience('directline')
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(new TextEncoder().encode(SECRET));
    const forged = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('perspectiefbot')
      .setAudience('directline')
      .setExpirationTime('30m')
      .sign(new TextEncoder().encode('another-secret-another-secret-00'));
    const path = `/conversations/${started.conversationId}/activities`;
    expect(await call('GET', path, expired)).toEqual({ status: 403, body: { error: { code: 'TokenExpired', message: 'Token expired' } } });
    expect((await call('POST', '/tokens/refresh', expired)).status).toBe(403);
    expect(await call('GET', path, forged)).toEqual({ status: 403, body: { error: { code: 'InvalidToken', message: 'Invalid token' } } });
    expect((await call('GET', path)).status).toBe(401);
  });

  test('when the page reloads or the server restarts, then a refreshed token resumes the same conversation with its history', async () => {
    const { started } = await startConversation();
    await call('POST', `/conversations/${started.conversationId}/activities`, started.token, { type: 'message', text: 'ja' });
    const before = await activities(started.conversationId, started.token);

    await app?.stop();
    await start();
    const refreshed = await call('POST', '/tokens/refresh', started.token);
    expect(refreshed).toEqual({ status: 200, body: { conversationId: started.conversationId, token: expect.any(String), expires_in: 1800 } });
    const token = String(refreshed.body.token);
    const resumed = await call('POST', '/conversations', token);
    expect(resumed.status).toBe(200);
    expect(resumed.body.conversationId).toBe(started.conversationId);
    const reconnect = await call('GET', `/conversations/${started.conversationId}?watermark=${before.watermark}`, token);
    expect(reconnect).toMatchObject({ status: 200, body: { conversationId: started.conversationId, streamUrl: expect.any(String) } });
    expect(await activities(started.conversationId, token)).toEqual(before);
  });

  test('when a page listens on the stream, then it gets the history and then every new activity once', async () => {
    const { started } = await startConversation();
    const socket = new WebSocket(String(started.streamUrl));
    const batches: Array<{ activities: Activity[]; watermark: string }> = [];
    const arrived = (count: number) =>
      new Promise<void>((resolve) => {
        const check = () => (batches.flatMap((b) => b.activities).length >= count ? resolve() : setTimeout(check, 20));
        check();
      });
    socket.on('message', (data) => batches.push(JSON.parse(String(data)) as { activities: Activity[]; watermark: string }));
    await new Promise((resolve) => socket.once('open', resolve));
    const greeting = await activities(started.conversationId, started.token);
    await arrived(greeting.activities.length);

    await call('POST', `/conversations/${started.conversationId}/activities`, started.token, { type: 'message', text: 'ja' });
    const all = await activities(started.conversationId, started.token);
    await arrived(all.activities.length);
    socket.close();
    expect(batches.flatMap((b) => b.activities).map((a) => a.id)).toEqual(all.activities.map((a) => a.id));
    expect(batches.at(-1)?.watermark).toBe(all.watermark);
  });

  test('when a stream is opened with another conversation\'s token, then the upgrade is refused', async () => {
    const a = await startConversation();
    const b = await startConversation();
    const url = String(a.started.streamUrl).replace(/t=[^&]+/, `t=${b.started.token}`);
    const socket = new WebSocket(url);
    const status = await new Promise<number | undefined>((resolve) => {
      socket.on('unexpected-response', (_req, res) => resolve(res.statusCode));
      socket.on('error', () => resolve(undefined));
    });
    expect(status).toBe(403);
  });
});
