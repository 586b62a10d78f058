import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JsonDocuments } from '../../src/records/lowdb/jsonDocuments.js';
import { ReturnPasses } from '../../src/comeback/returnPasses.js';

const web = { channelId: 'directline', conversationId: 'web-conversation-1', userId: 'dl_user1' };
const teams = { channelId: 'msteams', conversationId: 'a:teams-conversation', userId: '29:teams-user' };
const day = (iso: string) => new Date(`${iso}T10:00:00Z`);

describe('return passes on lowdb files', () => {
  let dir: string;
  let passes: ReturnPasses;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'perspectiefbot-passes-'));
    passes = new ReturnPasses(new JsonDocuments(join(dir, 'passes')), new JsonDocuments(join(dir, 'conversations')));
  });

  afterEach(() => rm(dir, { recursive: true, force: true }));

  async function storedText(): Promise<string> {
    const files = await readdir(dir, { recursive: true, withFileTypes: true });
    return (await Promise.all(files.filter((f) => f.isFile()).map((f) => readFile(join(f.parentPath, f.name), 'utf8')))).join('\n');
  }

  test('when a code is given, then its code and link find the pass, and neither is stored', async () => {
    const { code, linkToken } = await passes.issue(web, day('2026-12-05'), day('2026-12-12'));
    expect((await passes.byCode(code))?.current).toEqual(web);
    expect((await passes.byCode(code.toLowerCase()))?.followUpAt).toBe('2026-12-12T10:00:00.000Z');
    expect((await passes.byLink(linkToken))?.current).toEqual(web);
    expect(await passes.byLink(`${linkToken.slice(0, 9)}${'A'.repeat(32)}`)).toBeUndefined();
    const stored = await storedText();
    expect(stored).not.toContain(code.replaceAll('-', ''));
    expect(stored).not.toContain(linkToken);
  });

  test('when a new code is given for the same conversation, then the old one stops working', async () => {
    const first = await passes.issue(web, day('2026-12-05'));
    const second = await passes.issue(web, day('2026-12-06'));
    expect(await passes.byCode(first.code)).toBeUndefined();
    expect(await passes.byLink(first.linkToken)).toBeUndefined();
    expect(await passes.byCode(second.code)).toBeDefined();
  });

  test('when the young person comes back in Teams and deletes there, then every conversation of the pass is named and the pass is gone', async () => {
    const { code } = await passes.issue(web, day('2026-12-05'));
    const pass = await passes.byCode(code);
    if (!pass) throw new Error('no pass');
    await passes.continueIn(pass, teams, day('2026-12-12'));
    expect(await passes.ofConversation(web)).toMatchObject({ current: teams, earlier: [web], returns: 1 });
    expect(await passes.forget(teams)).toEqual([teams, web]);
    expect(await passes.byCode(code)).toBeUndefined();
    expect(await passes.ofConversation(web)).toBeUndefined();
    expect(await storedText()).toBe('');
  });

  test('when the young person keeps talking, then the pass lives as long as the conversation; untouched, the purge deletes it', async () => {
    const { code } = await passes.issue(web, day('2026-09-01'));
    await passes.touch(web, day('2026-11-30'));
    expect(await passes.deleteTouchedBefore(day('2026-09-15'))).toBe(0);
    expect(await passes.byCode(code)).toBeDefined();
    expect(await passes.deleteTouchedBefore(day('2026-12-01'))).toBe(1);
    expect(await passes.byCode(code)).toBeUndefined();
    expect(await storedText()).toBe('');
  });

  test('when a browser subscribes for the push reminder, then it is kept with the pass and goes with it', async () => {
    const { linkToken } = await passes.issue(web, day('2026-12-05'), day('2026-12-12'));
    const push = { endpoint: 'https://push.example.org/device-1', keys: { p256dh: 'p'.repeat(87), auth: 'a'.repeat(22) } };
    expect(await passes.subscribe(web, push)).toBe(true);
    expect((await passes.byLink(linkToken))?.push).toEqual(push);
    await passes.forget(web);
    expect(await storedText()).not.toContain('push.example.org');
  });
});
