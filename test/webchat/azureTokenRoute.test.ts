import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config.js';
import { createApp, type App } from '../../src/index.js';
import { createLogger } from '../../src/logger.js';

const SECRET = 'azure-direct-line-secret-value';

describe('the Azure Direct Line token exchange', () => {
  let stub: Server;
  let seen: Array<{ url: string | undefined; headers: IncomingHttpHeaders; body: string }>;
  let stubUrl: string;
  let dataDir: string;
  let app: App;
  let origin: string;

  beforeAll(async () => {
    seen = [];
    stub = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        seen.push({ url: req.url, headers: req.headers, body });
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ conversationId: 'azure-conv-1', token: 'azure-token-1', expires_in: 3600 }));
      });
    });
    await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', resolve));
    stubUrl = `http://127.0.0.1:${(stub.address() as AddressInfo).port}/v3/directline`;
    dataDir = await mkdtemp(join(tmpdir(), 'perspectiefbot-azure-'));
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, DIRECTLINE_SECRET: SECRET, DIRECTLINE_URL: stubUrl });
    app = await createApp(config, { logger: createLogger('silent') });
    origin = `http://127.0.0.1:${await app.start()}`;
  });

  afterAll(async () => {
    await app?.stop();
    await new Promise((resolve) => stub.close(resolve));
    await rm(dataDir, { recursive: true, force: true });
  });

  test('when the page asks for a token, then the server exchanges the secret at Direct Line and hands over only the token', async () => {
    const response = await fetch(`${origin}/api/directline/token`, { method: 'POST' });
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(JSON.parse(text)).toEqual({ conversationId: 'azure-conv-1', token: 'azure-token-1', expires_in: 3600 });
    expect(text).not.toContain(SECRET);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.url).toBe('/v3/directline/tokens/generate');
    expect(seen[0]?.headers.authorization).toBe(`Bearer ${SECRET}`);
    expect(JSON.parse(seen[0]?.body ?? '{}')).toEqual({ user: { id: expect.stringMatching(/^dl_/) } });
  });

  test('when the page is served in Azure mode, then it points at Direct Line without the secret', async () => {
    const response = await fetch(`${origin}/`);
    const html = await response.text();
    expect(html).toContain('data-mode="azure"');
    expect(html).toContain(`data-domain="${stubUrl}"`);
    expect(html).not.toContain(SECRET);
    expect(response.headers.get('content-security-policy')).toContain(`connect-src 'self' ${new URL(stubUrl).origin} ws://127.0.0.1`);
  });
});
