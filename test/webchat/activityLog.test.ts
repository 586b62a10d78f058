import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import { contentDir } from '../../src/paths.js';
import { Redactor } from '../../src/privacy/redactor.js';
import { ActivityLogs } from '../../src/webchat/activityLog.js';
import { redactedActivity } from '../../src/webchat/redactedActivity.js';

const conversationId = 'conv_ABCDEFGH123';
let dir: string;
let logs: ActivityLogs;

const said = (text: string): Activity =>
  ({ type: 'message', text, conversation: { id: conversationId }, from: { id: 'dl_user', role: 'user' }, channelData: { clientActivityID: 'c1', secret: 'x' } }) as unknown as Activity;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'activity-logs-'));
  logs = new ActivityLogs(dir, redactedActivity(Redactor.load(contentDir)));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('web chat histories', () => {
  test('when a young person types a phone number, then the history keeps it redacted and holds the conversation id nowhere', async () => {
    await logs.create(conversationId, 'dl_user');
    const [id] = await logs.append(conversationId, [said('bel me op 0470 12 34 56')]);

    const { activities } = await logs.since(conversationId, '0');
    const [file = ''] = await readdir(dir);
    expect(activities).toEqual([expect.objectContaining({ id, text: 'bel me op [telefoonnummer]', channelData: { clientActivityID: 'c1' }, conversation: { id: conversationId } })]);
    expect(file).not.toContain(conversationId);
    expect(await readFile(join(dir, file), 'utf8')).not.toMatch(new RegExp(`${conversationId}|0470`));
  });

  test('when a history was stored under its conversation id before, then it is read and moved to its hashed name', async () => {
    await writeFile(join(dir, `${conversationId}.json`), JSON.stringify({ conversationId, userId: 'dl_user', base: 0, activities: [] }));

    expect(await logs.owner(conversationId)).toBe('dl_user');
    await logs.append(conversationId, [said('hoi')]);
    expect((await readdir(dir)).some((name) => name.includes(conversationId))).toBe(false);
  });

  test('when a history was last written before the cutoff, then the purge deletes it and keeps a newer one', async () => {
    await logs.create(conversationId, 'dl_user');
    await logs.create('conv_newer_12345', 'dl_other');
    const day = 86_400_000;
    const longAgo = new Date(Date.now() - 100 * day);
    for (const name of await readdir(dir)) {
      if ((await readFile(join(dir, name), 'utf8')).includes('dl_user')) await utimes(join(dir, name), longAgo, longAgo);
    }

    expect(await logs.deleteOlderThan(new Date(Date.now() - 90 * day))).toBe(1);
    expect(await logs.owner(conversationId)).toBeUndefined();
    expect(await logs.owner('conv_newer_12345')).toBe('dl_other');
  });
});
