import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AutoSaveStateMiddleware, ConversationState, MemoryStorage, TestAdapter, UserState, type Activity, type TurnContext } from 'botbuilder';
import type { Profile } from '../../dialogs/profile.js';
import { loadConfig } from '../../src/config.js';
import { createConversation, type Conversation } from '../../src/index.js';
import { createLogger } from '../../src/logger.js';
import { contentDir } from '../../src/paths.js';
import { redactDeep, Redactor } from '../../src/privacy/redact.js';
import { createFileRecords } from '../../src/records/lowdb/fileRecords.js';
import type { Records } from '../../src/records/types.js';
import { ConsentTranscriptMiddleware } from '../../src/transcripts/consentTranscriptMiddleware.js';
import { FileTranscriptStore } from '../../src/transcripts/fileTranscriptStore.js';

const logger = createLogger('silent');

/** Each test gets its own folder; the whole bot is built once per file (loading content takes seconds). */
let dataDir: string;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'consent-transcripts-'));
});

afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('the consent transcript middleware in the whole bot', () => {
  let botDir: string;
  let conversation: Conversation;

  beforeAll(async () => {
    botDir = await mkdtemp(join(tmpdir(), 'consent-bot-'));
    const now = () => new Date('2026-11-24T10:00:00.000Z');
    conversation = await createConversation(loadConfig({ DATA_DIR: botDir }), { logger, now });
  });

  afterAll(async () => {
    await Promise.all([conversation.storage.flush?.(), conversation.transcripts.flush?.(), conversation.records.flush?.()]);
    await rm(botDir, { recursive: true, force: true });
  });

  /** How much each bar of a chart grew while `act` ran. */
  async function counted(chart: 'conversationsPerWeek' | 'stepsReached' | 'crisisPerWeek', act: () => Promise<void>): Promise<Record<string, number>> {
    const before = (await conversation.records.insights.read())[chart];
    await act();
    const after = (await conversation.records.insights.read())[chart];
    return Object.fromEntries(
      Object.entries(after)
        .map(([key, count]) => [key, count - (before[key] ?? 0)] as const)
        .filter(([, grown]) => grown > 0),
    );
  }

  /** A young person (their own user id too) in their own conversation, talking to the bot with all its middleware. */
  function youngPerson(conversationId: string): { say: (text: string) => Promise<string[]> } {
    const adapter = new TestAdapter((context) => conversation.bot.run(context), {
      conversation: { id: conversationId, isGroup: false, conversationType: '', name: '' },
      from: { id: `user-of-${conversationId}`, name: '', role: 'user' },
    });
    conversation.middleware.forEach((m) => adapter.use(m));
    return {
      say: async (text) => {
        await adapter.receiveActivity(text);
        return adapter.activeQueue.splice(0).map((a) => String((a.channelData as { step?: unknown } | undefined)?.step));
      },
    };
  }

  async function transcriptOf(conversationId: string): Promise<Activity[]> {
    return (await conversation.transcripts.getTranscriptActivities('test', conversationId)).items;
  }

  it('when the young person consents, then the turns from then on are logged redacted, with a record for the console', async () => {
    const chat = youngPerson('consented');
    for (const text of ['hoi', 'ja', 'sla over', 'bel me op 0470 12 34 56']) await chat.say(text);

    const transcript = await transcriptOf('consented');
    const userTexts = transcript.filter((a) => a.from.role === 'user').map((a) => a.text);
    expect(userTexts).toEqual(['ja', 'sla over', 'bel me op [telefoonnummer]']);
    expect(JSON.stringify(transcript)).not.toContain('0470');
    const botSteps = transcript.filter((a) => a.from.role === 'bot').map((a) => (a.channelData as { step?: string }).step);
    expect(botSteps.slice(0, 5)).toEqual(['welcome.consent', 'welcome.useful-for', 'welcome.useful-for', 'intake.age', 'intake.age']);
    expect(transcript.every((a) => a.from.id === a.from.role && a.from.name === '')).toBe(true);
    expect(transcript.map((a) => [a.from.role, a.recipient.role])).toEqual(
      transcript.map((a) => (a.from.role === 'user' ? ['user', 'bot'] : ['bot', 'user'])),
    );
    expect(transcript.every((a) => a.recipient.id === a.recipient.role && a.recipient.name === '')).toBe(true);
    expect(await conversation.records.conversations.get('consented')).toEqual({
      conversationId: 'consented',
      channelId: 'test',
      startedAt: '2026-11-24T10:00:00.000Z',
      lastActivityAt: '2026-11-24T10:00:00.000Z',
      crisis: false,
      callbackRequested: false,
      lastStep: botSteps.at(-1),
      messageCount: transcript.length,
    });
  });

  it('when the bot quotes the young person back, then its logged message is redacted too', async () => {
    const chat = youngPerson('reflected');
    for (const text of ['hoi', 'ja', 'werk vinden, mijn mail is jan.peeters@example.com']) await chat.say(text);

    const transcript = await transcriptOf('reflected');
    const reflection = transcript.find((a) => a.from.role === 'bot' && /^Je zegt:/.test(a.text ?? ''));
    expect(reflection?.text).toMatch(/^Je zegt: 'werk vinden, mijn mail is \[/);
    expect(JSON.stringify(transcript)).not.toContain('jan.peeters');
  });

  it('when the young person does not consent, then nothing is logged but the anonymous counts are made', async () => {
    const chat = youngPerson('refused');
    const talk = async () => {
      for (const text of ['hoi', 'nee', 'sla over', '17', '18']) await chat.say(text);
    };

    const conversations = await counted('conversationsPerWeek', async () => {
      expect(await counted('stepsReached', talk)).toEqual({ welcome: 1, 'welcome.consent': 1, 'welcome.useful-for': 1, 'intake.age': 1, 'intake.school': 1 });
    });

    expect(conversations).toEqual({ '2026-W48': 1 });
    expect(await transcriptOf('refused')).toEqual([]);
    expect(await conversation.records.conversations.get('refused')).toBeUndefined();
  });

  it('when a conversation starts, then it is counted in its week once, also when the welcome comes again', async () => {
    const chat = youngPerson('counted');

    let steps: string[] = [];
    expect(await counted('conversationsPerWeek', async () => void (steps = await chat.say('hoi')))).toEqual({ '2026-W48': 1 });
    expect(steps).toContain('welcome');
    expect(await counted('conversationsPerWeek', async () => void (steps = await chat.say('opnieuw')))).toEqual({});
    expect(steps).toContain('welcome');
  });

  it('when a crisis signal comes twice, then the record is flagged and the crisis counted once', async () => {
    const chat = youngPerson('crisis');
    const talk = async () => {
      for (const text of ['hoi', 'ja', 'ik wil er niet meer zijn', 'ik zie het echt niet meer zitten']) await chat.say(text);
    };

    expect(await counted('crisisPerWeek', talk)).toEqual({ '2026-W48': 1 });
    expect((await conversation.records.conversations.get('crisis'))?.crisis).toBe(true);
  });

  it('when the young person deletes their conversation, then its transcript and record are gone and another conversation stays', async () => {
    const mine = youngPerson('mine');
    const other = youngPerson('other');
    for (const text of ['hoi', 'ja', '17']) {
      await mine.say(text);
      await other.say(text);
    }

    await mine.say('verwijder mijn gesprek');
    await mine.say('ja');

    expect(await transcriptOf('mine')).toEqual([]);
    expect(await conversation.records.conversations.get('mine')).toBeUndefined();
    expect((await transcriptOf('other')).length).toBeGreaterThan(0);
    expect(await conversation.records.conversations.get('other')).toBeDefined();
  });
});

describe('the consent transcript middleware around a scripted bot', () => {
  let records: Records;
  let transcripts: FileTranscriptStore;
  let adapter: TestAdapter;
  let profile: Profile;

  /** The bot of this test: sends what the turn's script says and leaves the profile as given. */
  let script: (context: TurnContext) => Promise<void>;

  beforeEach(() => {
    records = createFileRecords(join(dataDir, 'records'));
    transcripts = new FileTranscriptStore(join(dataDir, 'transcripts'));
    const storage = new MemoryStorage();
    const conversationState = new ConversationState(storage);
    const userState = new UserState(storage);
    profile = {};
    adapter = new TestAdapter((context) => script(context));
    adapter.use(
      new AutoSaveStateMiddleware(conversationState, userState),
      new ConsentTranscriptMiddleware({
        transcripts,
        records,
        conversationState,
        consentOf: async () => profile.consent === true,
        profileOf: async () => profile,
        redactor: Redactor.load(contentDir),
        logger,
        now: () => new Date('2026-11-24T10:00:00.000Z'),
      }),
    );
  });

  afterEach(async () => {
    await Promise.all([records.flush?.(), transcripts.flush()]);
  });

  const say = (...steps: string[]) => async (context: TurnContext) => {
    for (const step of steps) await context.sendActivity({ text: `stap ${step}`, channelData: { step } });
  };

  it('when the bot sends trace activities, then they are neither logged nor counted', async () => {
    profile = { consent: true };
    script = async (context) => {
      await context.sendActivity({ type: 'trace', name: 'state', value: { text: 'bel 0470 12 34 56' }, channelData: { step: 'trace' } });
      await say('intake.age')(context);
    };

    await adapter.receiveActivity('hallo');

    const logged = (await transcripts.getTranscriptActivities('test', 'Convo1')).items;
    expect(logged.map((a) => [a.type, a.from.role])).toEqual([
      ['message', 'user'],
      ['message', 'bot'],
    ]);
    expect((await records.insights.read()).stepsReached).toEqual({ 'intake.age': 1 });
  });

  it('when an outcome step is sent and a score is given, then the outcome and the score are counted once each', async () => {
    script = say('outcome.work', 'outcome.work', 'referral');
    await adapter.receiveActivity('werken');
    profile = { score: 8 };
    script = say('wrapup.follow-up');
    await adapter.receiveActivity('8');
    script = say('summary');
    await adapter.receiveActivity('nee');

    const insights = await records.insights.read();
    expect(insights.outcomes).toEqual({ work: 1 });
    expect(insights.scores).toEqual({ '8': 1 });
    expect(insights.stepsReached).toEqual({ 'outcome.work': 1, referral: 1, 'wrapup.follow-up': 1, summary: 1 });
    expect(JSON.stringify(insights)).not.toMatch(/Convo1|user1|werken/);
  });

  it('when the profile knows region, wish and score, then the record carries them, and a call-back mark set meanwhile is kept', async () => {
    profile = { consent: true, place: { region: 'brussel' }, wish: 'combine', score: 7 };
    script = say('wrapup.score');
    await adapter.receiveActivity('hoi');
    const first = await records.conversations.get('Convo1');
    if (first) await records.conversations.upsert({ ...first, callbackRequested: true });
    script = say('summary');
    await adapter.receiveActivity('7');

    expect(await records.conversations.get('Convo1')).toMatchObject({
      region: 'brussel',
      wish: 'combine',
      score: 7,
      callbackRequested: true,
      lastStep: 'summary',
      messageCount: 4,
    });
  });

  it('when storing fails, then the turn still ends normally for the young person', async () => {
    profile = { consent: true };
    script = say('intake.age');
    jestFailingStore(transcripts);

    await adapter.receiveActivity('hoi');

    expect(adapter.activeQueue.map((a) => a.text)).toEqual(['stap intake.age']);
  });
});

/** Makes every logActivity of the store fail. */
function jestFailingStore(store: FileTranscriptStore): void {
  store.logActivity = async () => {
    throw new Error('disk full');
  };
}

describe('redaction of logged activities', () => {
  it('when an activity holds personal data anywhere, then redactDeep replaces it and keeps the structure', () => {
    expect(redactDeep({ text: 'mail me op an@example.be', value: { phone: '0470 12 34 56' } })).toEqual({
      text: 'mail me op [e-mail]',
      value: { phone: '[telefoonnummer]' },
    });
  });
});
