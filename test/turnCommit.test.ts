import { ActivityTypes, ConversationState, MemoryStorage, TestAdapter, UserState, type Activity, type Middleware, type TurnContext } from 'botbuilder';
import { createLogger } from '../src/logger.js';
import { ConditionalWrites } from '../src/storage/conditionalWrites.js';
import { beforeSave, TurnCommit } from '../src/turnCommit.js';

const conversationKey = 'test/conversations/Convo1/';

interface Tally {
  said: string[];
}

/**
 * A bot that keeps what the young person said in conversation state and replies with all of it;
 * `meanwhile` runs once, while the bot's first run is under way, as a turn on another instance would.
 */
function setUp(options: { attempts?: number; around?: (state: ConversationState) => Middleware } = {}) {
  const memory = new MemoryStorage();
  const writes = new ConditionalWrites(memory);
  const conversationState = new ConversationState(writes);
  const userState = new UserState(writes);
  const tally = conversationState.createProperty<Tally>('tally');
  const commit = new TurnCommit({ states: [conversationState, userState], writes, logger: createLogger('silent'), attempts: options.attempts });
  const runs: Array<{ respondedAtStart: boolean }> = [];
  let meanwhile: (() => Promise<void>) | undefined;
  const errors: Error[] = [];

  const adapter = new TestAdapter(async (context: TurnContext) => {
    runs.push({ respondedAtStart: context.responded });
    const state = await tally.get(context, { said: [] });
    await context.sendActivity(`run ${runs.length}`);
    const task = meanwhile;
    meanwhile = undefined;
    await task?.();
    state.said.push(context.activity.text ?? '');
    await tally.set(context, state);
    await context.sendActivity(`you said: ${state.said.join(', ')}`);
  });
  adapter.onTurnError = async (context, error) => {
    errors.push(error);
    await context.sendActivity('error');
  };
  const sent: string[] = [];
  adapter.use(commit.outbox);
  adapter.use({
    onTurn: async (context, next) => {
      context.onSendActivities(async (_context, activities, send) => {
        activities.forEach((activity: Partial<Activity>) => sent.push(activity.text ?? ''));
        return send();
      });
      await next();
    },
  });
  if (options.around) adapter.use(options.around(conversationState));
  adapter.use(commit.commit);

  /** Another turn of the conversation saves `text` first, through its own state objects. */
  const otherTurnSays = (text: string) => async () => {
    const other = new TestAdapter(async (context) => {
      const otherState = new ConversationState(new ConditionalWrites(memory));
      const otherTally = otherState.createProperty<Tally>('tally');
      const state = await otherTally.get(context, { said: [] });
      state.said.push(text);
      await otherTally.set(context, state);
      await otherState.saveChanges(context);
    });
    await other.send(text);
  };
  return {
    adapter,
    runs,
    errors,
    sent,
    meanwhile: (task: () => Promise<void>) => (meanwhile = task),
    otherTurnSays,
    stored: async () => (await memory.read([conversationKey]))[conversationKey] as { tally?: Tally; marks?: string[] } | undefined,
    said: async () => ((await memory.read([conversationKey]))[conversationKey] as { tally?: Tally } | undefined)?.tally?.said,
  };
}

describe('a turn whose state another turn saved first', () => {
  it('when no other turn saves meanwhile, then the bot runs once and its replies are sent', async () => {
    const t = setUp();

    await t.adapter.send('zeventien').assertReply('run 1').assertReply('you said: zeventien');

    expect(t.runs).toHaveLength(1);
    expect(await t.said()).toEqual(['zeventien']);
  });

  it('when another turn saves the conversation while the bot runs, then the bot runs again on that state and only the second run is sent', async () => {
    const t = setUp();
    await t.adapter.send('hallo').assertReply('run 1').assertReply('you said: hallo');
    t.meanwhile(t.otherTurnSays('zeventien'));

    await t.adapter.send('ik ben gestopt').assertReply('run 3').assertReply('you said: hallo, zeventien, ik ben gestopt');

    expect(t.sent).toEqual(['run 1', 'you said: hallo', 'run 3', 'you said: hallo, zeventien, ik ben gestopt']);
    expect(await t.said()).toEqual(['hallo', 'zeventien', 'ik ben gestopt']);
    expect(t.runs.map((run) => run.respondedAtStart)).toEqual([false, false, false]);
  });

  it('when the conversation is new and another turn creates it first, then the bot runs again on the created state', async () => {
    const t = setUp();
    t.meanwhile(t.otherTurnSays('hoi'));

    await t.adapter.send('zeventien').assertReply('run 2').assertReply('you said: hoi, zeventien');

    expect(await t.said()).toEqual(['hoi', 'zeventien']);
  });

  it('when every run conflicts, then after the last attempt nothing of the runs is sent, the error handler answers and the other turn’s state stays', async () => {
    const t = setUp({ attempts: 2 });
    await t.adapter.send('hallo').assertReply('run 1').assertReply('you said: hallo');
    const saveAlwaysConflicts = async () => {
      await t.otherTurnSays('ander')();
      t.meanwhile(saveAlwaysConflicts);
    };
    t.meanwhile(saveAlwaysConflicts);

    await t.adapter.send('zeventien').assertReply('error');

    expect(t.runs).toHaveLength(3);
    expect(t.errors[0]?.message).toMatch(/eTag conflict/);
    expect(t.sent).toEqual(['run 1', 'you said: hallo', 'error']);
    expect(await t.said()).toEqual(['hallo', 'ander', 'ander']);
  });

  it('when middleware around the bot marks state before the save, then the mark of the run that is kept is saved with it', async () => {
    const t = setUp({
      around: (state) => {
        const marks = state.createProperty<string[]>('marks');
        return {
          onTurn: async (context, next) => {
            beforeSave(context, async (pending) => {
              await marks.set(context, pending.filter((activity) => activity.type === ActivityTypes.Message).map((activity) => activity.text ?? ''));
            });
            await next();
          },
        };
      },
    });
    t.meanwhile(t.otherTurnSays('hoi'));

    await t.adapter.send('zeventien').assertReply('run 2').assertReply('you said: hoi, zeventien');

    expect((await t.stored())?.marks).toEqual(['run 2', 'you said: hoi, zeventien']);
  });
});
