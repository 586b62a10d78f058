import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config.js';
import { createApp, type App } from '../../src/index.js';
import { createLogger } from '../../src/logger.js';

describe('the widget page and /embed.js', () => {
  let dataDir: string;
  let app: App;
  let origin: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'perspectiefbot-page-'));
    const env = { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, ALLOWED_EMBED_ORIGINS: 'https://www.school.be, https://clb.example' };
    app = await createApp(loadConfig(env), { logger: createLogger('silent') });
    origin = `http://127.0.0.1:${await app.start()}`;
  });

  afterAll(async () => {
    await app?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  test('when the page is asked, then it is Dutch, self-hosted and may be framed only by the allowed origins', async () => {
    const response = await fetch(`${origin}/`);
    const html = await response.text();
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('<script src="/webchat/webchat.js">');
    expect(html).toContain('data-mode="self"');
    expect(html).not.toMatch(/https?:\/\//);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("frame-ancestors 'self' https://www.school.be https://clb.example");
    expect(policy).toContain("script-src 'self'");
  });

  test('when /embed.js is asked, then it checks the host page against the allowed origins and frames the page', async () => {
    const response = await fetch(`${origin}/embed.js`);
    const script = await response.text();
    expect(response.headers.get('content-type')).toMatch(/^application\/javascript/);
    expect(script).toContain('["https://www.school.be","https://clb.example"]');
    expect(script).toContain("getElementById('perspectiefbot')");
    expect(script).toContain('"Chat met de Perspectiefbot"');
  });

  test('when the Web Chat bundle is asked with gzip, then this server sends it compressed', async () => {
    const response = await fetch(`${origin}/webchat/webchat.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect((await response.text()).length).toBeGreaterThan(1_000_000);
  });
});
