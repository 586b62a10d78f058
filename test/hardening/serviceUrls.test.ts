import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ServiceUrlPolicy } from '../../src/channel/serviceUrlPolicy.js';
import { loadConfig } from '../../src/config.js';
import { createApp, type App } from '../../src/index.js';
import { createLogger } from '../../src/logger.js';
import { StubChannel } from './stubChannel.js';

describe('where replies may go without Bot Framework authentication', () => {
  test.each([
    ['http://localhost', true],
    ['http://localhost:3980/path', true],
    ['https://127.0.0.1:9000', true],
    ['http://127.10.0.1', true],
    ['http://[::1]:3978', true],
    ['http://localhost.evil.example', false],
    ['http://0.0.0.0:3978', false],
    ['http://[::ffff:127.0.0.1]', false],
    ['https://smba.trafficmanager.net/emea/', false],
    ['http://user:secret@localhost', false],
    ['ftp://localhost', false],
    ['not a url', false],
  ])('when the service URL is %s, then it is allowed: %s', (url, allowed) => {
    expect(new ServiceUrlPolicy(false, []).allows(url)).toBe(allowed);
  });

  test('when ALLOWED_SERVICE_URLS names a URL, then it and its paths are allowed, and nothing else', () => {
    const policy = new ServiceUrlPolicy(false, ['https://bridge.example.org/bf']);
    expect(policy.allows('https://bridge.example.org/bf/v3')).toBe(true);
    expect(policy.allows('https://bridge.example.org/other')).toBe(false);
    expect(policy.allows('http://bridge.example.org/bf')).toBe(false);
    expect(policy.allows('https://bridge.example.org:8443/bf')).toBe(false);
  });

  test('when the bot authenticates channels, then the signed service URL is trusted', () => {
    expect(new ServiceUrlPolicy(true, []).allows('https://smba.trafficmanager.net/emea/')).toBe(true);
  });
});

describe('replies to a running bot without an app id', () => {
  let dataDir: string;
  let app: App;
  let baseUrl: string;
  let channel: StubChannel;
  let port: number;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'perspectiefbot-serviceurls-'));
    channel = new StubChannel();
    port = await channel.listen();
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, ALLOWED_SERVICE_URLS: `http://0.0.0.0:${port}/bridge` });
    app = await createApp(config, { logger: createLogger('silent') });
    baseUrl = `http://127.0.0.1:${await app.start()}`;
  });

  afterAll(async () => {
    await app.stop();
    await channel.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const joinVia = (serviceUrl: string | undefined, conversation: string) =>
    fetch(`${baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'conversationUpdate',
        membersAdded: [{ id: 'user' }],
        channelId: 'emulator',
        ...(serviceUrl === undefined ? {} : { serviceUrl }),
        conversation: { id: conversation },
        from: { id: 'user' },
        recipient: { id: 'bot' },
      }),
    });

  test('when a young person joins through an allowed bridge, then the welcome is posted there', async () => {
    const response = await joinVia(`http://0.0.0.0:${port}/bridge`, 'via-bridge');
    expect(response.status).toBe(200);
    expect(channel.hits.get('bridge')).toBeGreaterThan(0);
  });

  test('when an activity names a service URL that is neither loopback nor allowed, then it gets 400 and nothing is sent', async () => {
    const response = await joinVia(`http://0.0.0.0:${port}/elsewhere`, 'elsewhere');
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'serviceUrl not allowed' });
    expect(channel.hits.get('elsewhere')).toBeUndefined();
  });

  test('when an activity names no service URL, then it gets 400 (no public Bot Framework URL is used)', async () => {
    const response = await joinVia(undefined, 'no-url');
    expect(response.status).toBe(400);
  });
});
