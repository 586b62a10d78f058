import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryTranscriptStore, type Activity } from 'botbuilder';
import restify from 'restify';
import { loadConfig } from '../../src/config.js';
import { createConsole } from '../../src/console/console.js';
import { loadContent } from '../../src/content/loadContent.js';
import { createLogger } from '../../src/logger.js';
import { contentDir } from '../../src/paths.js';
import type { ConversationRecord } from '../../src/records/types.js';
import { ConsoleClient as Client } from '../support/consoleClient.js';
import { memoryRecords, type MemoryRecords } from './memoryRecords.js';

const content = loadContent(contentDir);

const record = (conversationId: string, extra: Partial<ConversationRecord> = {}): ConversationRecord => ({
  conversationId,
  channelId: 'webchat',
  startedAt: '2026-11-02T10:00:00.000Z',
  lastActivityAt: '2026-11-02T10:10:00.000Z',
  crisis: false,
  callbackRequested: false,
  messageCount: 2,
  ...extra,
});

function activity(conversationId: string, text: string, role: 'user' | 'bot', channelData: object = {}): Activity {
  return {
    type: 'message',
    id: `${conversationId}-${text}`,
    text,
    channelId: 'webchat',
    conversation: { id: conversationId },
    from: { id: role === 'user' ? 'young' : 'bot', role },
    recipient: { id: role === 'user' ? 'bot' : 'young' },
    timestamp: new Date('2026-11-02T10:05:00.000Z'),
    channelData,
  } as Activity;
}

describe('the counsellor console routes', () => {
  let dataDir: string;
  let server: restify.Server;
  let baseUrl: string;
  let records: MemoryRecords;
  let transcripts: MemoryTranscriptStore;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'console-routes-'));
    records = memoryRecords();
    transcripts = new MemoryTranscriptStore();
    const config = loadConfig({ DATA_DIR: dataDir });
    const console = createConsole(config, {
      records,
      transcripts,
      content,
      logger: createLogger('silent'),
      stepOrder: ['welcome', 'intake.age'],
      forgetConversation: async (r) => {
        await transcripts.deleteTranscript(r.channelId, r.conversationId);
        await records.conversations.delete(r.conversationId);
        await records.callbacks.deleteForConversation(r.conversationId);
      },
    });
    await console.users.add('counsellor', 'counsellor', 'counsellor password');
    await console.users.add('admin', 'admin', 'admin password 123');
    server = restify.createServer({ handleUncaughtExceptions: false });
    server.use(restify.plugins.bodyParser({ mapParams: false }));
    console.routes(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  beforeEach(async () => {
    for (const id of ['conv-1', 'conv:2;x']) {
      await records.conversations.upsert(record(id));
      await transcripts.deleteTranscript('webchat', id);
      await transcripts.logActivity(activity(id, 'ik ben 17', 'user'));
      await transcripts.logActivity(activity(id, 'Hoe oud ben je?', 'bot', { step: 'intake.age' }));
    }
    records.audit.entries.length = 0;
  });

  afterAll(async () => {
    server.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  test('when a page is asked without a session, then it redirects to sign-in; an export or a post gets 401', async () => {
    const client = new Client(baseUrl);
    const page = await client.get('/console/conversations/conv-1');
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/console/sign-in');
    expect((await client.get('/console/conversations/conv-1/export')).status).toBe(401);
    expect((await client.post('/console/callbacks/cb-1', { status: 'done' })).status).toBe(401);
  });

  test('when the session cookie is set, then it is HttpOnly and SameSite=Strict', async () => {
    const response = await fetch(`${baseUrl}/console/sign-in`);
    expect(response.headers.get('set-cookie')).toMatch(/^console_session=[^;]+; Path=\/console; HttpOnly; SameSite=Strict; Max-Age=1800$/);
  });

  test('when a console page is shown, then it links to the privacy page and the terms of use', async () => {
    const page = await (await fetch(`${baseUrl}/console/sign-in`)).text();
    expect(page).toMatch(/<a href="\/privacy"[^>]*>Privacy<\/a>/);
    expect(page).toMatch(/<a href="\/terms"[^>]*>Voorwaarden<\/a>/);
  });

  test('when the sign-in form is posted without its CSRF token, then it is refused', async () => {
    const client = new Client(baseUrl);
    await client.text(await client.get('/console/sign-in'));
    const response = await client.post('/console/sign-in', { name: 'counsellor', password: 'counsellor password' });
    expect(response.status).toBe(403);
  });

  test('when a signed-in counsellor posts without the CSRF token, then nothing changes', async () => {
    const created = await records.callbacks.create({ conversationId: 'conv-1', contact: { kind: 'phone', value: '0470 12 34 56' }, summary: 'wil werken' });
    const client = new Client(baseUrl);
    await client.signIn('counsellor', 'counsellor password');
    await client.text(await client.get('/console/callbacks'));
    expect((await client.post(`/console/callbacks/${created.id}`, { status: 'done', _csrf: 'forged' })).status).toBe(403);
    expect((await records.callbacks.list()).find((r) => r.id === created.id)?.status).toBe('new');
    expect((await client.post(`/console/callbacks/${created.id}`, { status: 'done', _csrf: client.csrf })).status).toBe(303);
    expect((await records.callbacks.list()).find((r) => r.id === created.id)).toMatchObject({ status: 'done', takenBy: 'counsellor' });
  });

  test('when a counsellor opens and exports a conversation, then the audit log names them and the export is a .transcript file', async () => {
    const client = new Client(baseUrl);
    expect((await client.signIn('counsellor', 'counsellor password')).headers.get('location')).toBe('/console/conversations');
    const page = await client.text(await client.get(`/console/conversations/${encodeURIComponent('conv:2;x')}`));
    expect(page).toContain('ik ben 17');
    expect(page).toContain('stap: intake.age');
    const exported = await client.get(`/console/conversations/${encodeURIComponent('conv:2;x')}/export`);
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-disposition')).toBe('attachment; filename="conv-2-x.transcript"');
    const activities = (await exported.json()) as Activity[];
    expect(activities.map((a) => a.text)).toEqual(['ik ben 17', 'Hoe oud ben je?']);
    expect(activities[0]).toMatchObject({ type: 'message', from: { role: 'user' }, conversation: { id: 'conv:2;x' } });
    expect(records.audit.entries.map((e) => [e.user, e.action, e.target]).reverse()).toEqual([
      ['counsellor', 'sign-in', undefined],
      ['counsellor', 'open-conversation', 'conv:2;x'],
      ['counsellor', 'export-conversation', 'conv:2;x'],
    ]);
  });

  test('when a counsellor tries to delete a conversation or read the audit log, then it is forbidden and nothing is deleted', async () => {
    const client = new Client(baseUrl);
    await client.signIn('counsellor', 'counsellor password');
    await client.text(await client.get('/console/conversations/conv-1'));
    expect((await client.get('/console/conversations/conv-1/delete')).status).toBe(403);
    expect((await client.post('/console/conversations/conv-1/delete', { _csrf: client.csrf })).status).toBe(403);
    expect((await client.get('/console/audit')).status).toBe(403);
    expect(await records.conversations.get('conv-1')).toBeDefined();
  });

  test('when an admin confirms a deletion, then transcript, record and call-backs are gone and the audit log says who did it', async () => {
    await records.callbacks.create({ conversationId: 'conv-1', contact: { kind: 'email', value: 'x@example.org' }, summary: 's' });
    const client = new Client(baseUrl);
    await client.signIn('admin', 'admin password 123');
    const confirm = await client.text(await client.get('/console/conversations/conv-1/delete'));
    expect(confirm).toContain('echt verwijderen');
    expect((await client.post('/console/conversations/conv-1/delete', { _csrf: client.csrf })).status).toBe(303);
    expect(await records.conversations.get('conv-1')).toBeUndefined();
    expect((await transcripts.getTranscriptActivities('webchat', 'conv-1')).items).toEqual([]);
    expect((await records.callbacks.list()).filter((r) => r.conversationId === 'conv-1')).toEqual([]);
    expect(records.audit.entries[0]).toMatchObject({ user: 'admin', action: 'delete-conversation', target: 'conv-1' });
    const audit = await client.text(await client.get('/console/audit'));
    expect(audit).toContain('gesprek verwijderd');
  });

  test('when someone signs out, then the old session cookie no longer opens pages', async () => {
    const client = new Client(baseUrl);
    await client.signIn('counsellor', 'counsellor password');
    await client.text(await client.get('/console/conversations'));
    const signedInCookie = client.cookie;
    expect((await client.post('/console/sign-out', { _csrf: client.csrf })).status).toBe(303);
    expect(records.audit.entries[0]).toMatchObject({ user: 'counsellor', action: 'sign-out' });
    client.cookie = signedInCookie;
    expect((await client.get('/console/conversations')).status).toBe(303);
  });

  test('when the list is filtered or searched, then only matching conversations are shown', async () => {
    await records.conversations.upsert(record('conv-1', { region: 'limburg', crisis: true, score: 8 }));
    const client = new Client(baseUrl);
    await client.signIn('counsellor', 'counsellor password');
    const limburg = await client.text(await client.get('/console/conversations?region=limburg&crisis=yes&minScore=7'));
    expect(limburg).toContain('1 van 1 gesprekken');
    const searched = await client.text(await client.get('/console/conversations?q=IK+BEN'));
    expect(searched).toContain('2 van 2 gesprekken');
    const none = await client.text(await client.get('/console/conversations?q=garage'));
    expect(none).toContain('Geen gesprekken gevonden.');
  });

  test('when a young person came back to a finished talk, then the list and the conversation show it and what changed', async () => {
    const cameBack = { at: '2026-11-09T18:30:00.000Z', returns: 1, howItWent: 'mijn cv is klaar', better: 'ik durf nu zelf te bellen', previousNextStep: 'mijn cv afmaken', nextStep: 'solliciteren bij de bakker' };
    await records.conversations.upsert(record('conv-1', { cameBack }));
    const client = new Client(baseUrl);
    await client.signIn('counsellor', 'counsellor password');
    const list = await client.text(await client.get('/console/conversations'));
    expect(list).toMatch(/<th scope="col">Kwam terug<\/th>/);
    const page = await client.text(await client.get('/console/conversations/conv-1'));
    expect(page).toMatch(/<dt>Kwam terug<\/dt><dd>[^<]+\(1 keer in totaal\)<\/dd>/);
    expect(page).toContain('<dt>Hoe ging het plan</dt><dd>mijn cv is klaar</dd>');
    expect(page).toContain('<dt>Wat is beter</dt><dd>ik durf nu zelf te bellen</dd>');
    expect(page).toContain('<dt>Plan aangepast</dt><dd>van &#39;mijn cv afmaken&#39; naar &#39;solliciteren bij de bakker&#39;</dd>');
  });
});
