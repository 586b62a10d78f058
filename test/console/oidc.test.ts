import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryTranscriptStore } from 'botbuilder';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import restify from 'restify';
import { loadConfig } from '../../src/config.js';
import { createConsole } from '../../src/console/console.js';
import { loadContent } from '../../src/content/loadContent.js';
import { createLogger } from '../../src/logger.js';
import { contentDir } from '../../src/paths.js';
import { memoryRecords, type MemoryRecords } from './memoryRecords.js';

const CLIENT_ID = 'console-client';

/** A tiny OpenID Connect provider on loopback: discovery, authorize (signs in at once), token (checks PKCE), JWKS. */
async function startProvider(claims: () => Record<string, unknown>): Promise<{ url: string; server: HttpServer }> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  const codes = new Map<string, { challenge: string; nonce: string; redirectUri: string }>();
  let url = '';
  const server = createServer((req, res) => {
    const requestUrl = new URL(req.url ?? '/', url);
    const json = (body: unknown) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (requestUrl.pathname === '/.well-known/openid-configuration') {
      return json({
        issuer: url,
        authorization_endpoint: `${url}/authorize`,
        token_endpoint: `${url}/token`,
        jwks_uri: `${url}/jwks`,
        response_types_supported: ['code'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['RS256'],
        code_challenge_methods_supported: ['S256'],
      });
    }
    if (requestUrl.pathname === '/jwks') return json({ keys: [jwk] });
    if (requestUrl.pathname === '/authorize') {
      const p = requestUrl.searchParams;
      const code = randomUUID();
      const redirectUri = p.get('redirect_uri') ?? '';
      codes.set(code, { challenge: p.get('code_challenge') ?? '', nonce: p.get('nonce') ?? '', redirectUri });
      res.writeHead(302, { location: `${redirectUri}?code=${code}&state=${encodeURIComponent(p.get('state') ?? '')}` });
      return res.end();
    }
    if (requestUrl.pathname === '/token') {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        const form = new URLSearchParams(body);
        const grant = codes.get(form.get('code') ?? '');
        const verifier = form.get('code_verifier') ?? '';
        if (!grant || createHash('sha256').update(verifier).digest('base64url') !== grant.challenge || form.get('redirect_uri') !== grant.redirectUri) {
          res.writeHead(400, { 'content-type': 'application/json' });
          return res.end(JSON.stringify({ error: 'invalid_grant' }));
        }
        void new SignJWT({ nonce: grant.nonce, ...claims() })
          .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
          .setIssuer(url)
          .setAudience(CLIENT_ID)
          .setSubject('user-1')
          .setIssuedAt()
          .setExpirationTime('5m')
          .sign(privateKey)
          .then((idToken) => json({ access_token: 'at', token_type: 'Bearer', expires_in: 300, id_token: idToken }));
      });
      return undefined;
    }
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, server };
}

function cookiesOf(response: Response): Map<string, string> {
  return new Map(response.headers.getSetCookie().map((c) => (c.split(';')[0] ?? '').split('=') as [string, string]));
}

describe('sign-in through OpenID Connect', () => {
  let dataDir: string;
  let provider: { url: string; server: HttpServer };
  let consoleServer: restify.Server;
  let baseUrl: string;
  let records: MemoryRecords;
  let claims: Record<string, unknown>;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'console-oidc-'));
    provider = await startProvider(() => claims);
    consoleServer = restify.createServer({ handleUncaughtExceptions: false });
    consoleServer.use(restify.plugins.bodyParser({ mapParams: false }));
    await new Promise<void>((resolve) => consoleServer.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(consoleServer.address() as AddressInfo).port}`;
    records = memoryRecords();
    const config = loadConfig({ DATA_DIR: dataDir, OIDC_ISSUER: provider.url, OIDC_CLIENT_ID: CLIENT_ID, OIDC_CLIENT_SECRET: 's3cret', PUBLIC_URL: baseUrl });
    const console = createConsole(config, {
      records,
      transcripts: new MemoryTranscriptStore(),
      content: loadContent(contentDir),
      logger: createLogger('silent'),
      stepOrder: [],
      forgetConversation: async () => {},
    });
    console.routes(consoleServer);
  });

  afterAll(async () => {
    consoleServer.close();
    provider.server.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  /** Follows the round trip as a browser would: console → provider → console callback. */
  async function roundTrip(): Promise<{ callback: Response; session: string | undefined }> {
    const start = await fetch(`${baseUrl}/console/oidc/start`, { redirect: 'manual' });
    expect(start.status).toBe(303);
    const authorize = new URL(start.headers.get('location') ?? '');
    expect(authorize.origin).toBe(provider.url);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('redirect_uri')).toBe(`${baseUrl}/console/oidc/callback`);
    const flowCookie = cookiesOf(start).get('console_oidc');
    expect(start.headers.getSetCookie().find((c) => c.startsWith('console_oidc='))).toContain('SameSite=Lax');
    const back = await fetch(authorize, { redirect: 'manual' });
    const callback = await fetch(back.headers.get('location') ?? '', { headers: { cookie: `console_oidc=${flowCookie}` }, redirect: 'manual' });
    return { callback, session: cookiesOf(callback).get('console_session') };
  }

  test('when the provider says the person has the counsellor role, then they are signed in with that role', async () => {
    claims = { preferred_username: 'an@school.example', roles: ['counsellor'] };
    const { callback, session } = await roundTrip();
    expect(callback.status).toBe(200);
    expect(await callback.text()).toContain('http-equiv="refresh"');
    const list = await fetch(`${baseUrl}/console/conversations`, { headers: { cookie: `console_session=${session}` }, redirect: 'manual' });
    expect(list.status).toBe(200);
    expect(await list.text()).toContain('Aangemeld als an@school.example');
    expect(records.audit.entries[0]).toMatchObject({ user: 'an@school.example', action: 'sign-in' });
  });

  test('when the ID token names no console role, then sign-in is refused with a clear message', async () => {
    claims = { preferred_username: 'iemand@school.example', roles: ['other'] };
    const { callback, session } = await roundTrip();
    expect(callback.status).toBe(401);
    expect(await callback.text()).toContain('Aanmelden via je organisatie is niet gelukt');
    expect(session).toBeUndefined();
  });

  test('when the callback comes without the flow cookie, then nobody is signed in', async () => {
    const response = await fetch(`${baseUrl}/console/oidc/callback?code=x&state=y`, { redirect: 'manual' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/console/sign-in');
  });
});
