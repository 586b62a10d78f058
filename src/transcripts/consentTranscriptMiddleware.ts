import { randomUUID } from 'node:crypto';
import {
  ActivityTypes,
  type Activity,
  type ConversationState,
  type Middleware,
  type StatePropertyAccessor,
  type TranscriptStore,
  type TurnContext,
} from 'botbuilder';
import type { Profile } from '../../dialogs/profile.js';
import { Steps } from '../../dialogs/steps.js';
import type { Logger } from '../logger.js';
import type { Redactor } from '../privacy/redact.js';
import type { ComebackNote, ConversationRecord, InsightEvent, Records } from '../records/types.js';
import { transcriptEntry } from './transcriptEntry.js';
import { beforeSave } from '../turnCommit.js';
import { turnInsights, type InsightMarks } from './turnInsights.js';

export interface ConsentTranscriptOptions {
  transcripts: TranscriptStore;
  records: Pick<Records, 'conversations' | 'insights'>;
  /** Holds what the insight counts remember per conversation (step names only). */
  conversationState: ConversationState;
  /** Whether the young person agreed that counsellors may read the conversation, after the turn. */
  consentOf: (context: TurnContext) => Promise<boolean>;
  /** The young person's profile after the turn. */
  profileOf: (context: TurnContext) => Promise<Profile>;
  redactor: Redactor;
  logger: Logger;
  now?: () => Date;
}

/** What the turn left in state, read once its insight marks are set. */
interface Prepared {
  profile: Profile;
  consented: boolean;
  events: InsightEvent[];
}

/** One activity the bot sent in the turn. */
interface Sent {
  activity: Partial<Activity>;
  id: string;
  at: Date;
}

/**
 * After every turn: counts the anonymous insights of the steps the bot sent (always, no text, no
 * ids) and, only when the young person consented, logs the turn's messages redacted to the
 * transcript store and updates the conversation's record for the console. Runs around the bot, so
 * it sees the state the bot left at the end of the turn. A failure is logged (without text) and
 * never reaches the young person.
 */
export class ConsentTranscriptMiddleware implements Middleware {
  readonly #marks: StatePropertyAccessor<InsightMarks>;
  readonly #now: () => Date;

  constructor(private readonly options: ConsentTranscriptOptions) {
    this.#marks = options.conversationState.createProperty<InsightMarks>('insightMarks');
    this.#now = options.now ?? (() => new Date());
  }

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const receivedAt = this.#now();
    const sent: Sent[] = [];
    context.onSendActivities(async (_context, activities, sendNext) => {
      const responses = await sendNext();
      const at = this.#now();
      activities.forEach((activity, i) => {
        if (activity.type !== ActivityTypes.Trace) sent.push({ activity, id: responses[i]?.id || randomUUID(), at });
      });
      return responses;
    });
    // Around a TurnCommit, the insight marks go into the state before it is saved, from what the
    // turn is about to send (again when the turn runs again); without one, after the turn.
    let prepared: Prepared | undefined;
    beforeSave(context, async (pending) => {
      prepared = await this.#prepare(context, stepsOf(pending));
    });
    await next();

    await this.#safely(context, 'record a turn', async () => {
      const { profile, consented, events } = prepared ?? (await this.#prepare(context, stepsOf(sent.map(({ activity }) => activity))));
      await Promise.all([
        this.#safely(context, 'count the insights of a turn', async () => {
          await Promise.all(events.map((event) => this.options.records.insights.count(event)));
        }),
        this.#safely(context, 'log a turn for counsellors', async () => {
          if (consented) await this.#log(context, receivedAt, sent, profile);
        }),
      ]);
    });
  }

  /** Reads what the turn left in state and puts the insight marks of `steps` into it. */
  async #prepare(context: TurnContext, steps: string[]): Promise<Prepared> {
    const profile = await this.options.profileOf(context);
    const consented = await this.options.consentOf(context);
    const marks = (await this.#marks.get(context)) ?? { steps: [] };
    const { events, marks: nextMarks } = turnInsights(steps, profile, marks, this.#now());
    if (events.length > 0) await this.#marks.set(context, nextMarks);
    return { profile, consented, events };
  }

  /** Runs `task`; a failure is logged with the conversation id only. */
  async #safely(context: TurnContext, what: string, task: () => Promise<void>): Promise<void> {
    try {
      await task();
    } catch (error) {
      this.options.logger.warn({ err: error, conversation: context.activity.conversation.id }, `could not ${what}`);
    }
  }

  async #log(context: TurnContext, receivedAt: Date, sent: Sent[], profile: Profile): Promise<void> {
    const steps = stepsOf(sent.map(({ activity }) => activity));
    const { redactor, records, transcripts } = this.options;
    const incoming = context.activity;
    const entries = [
      ...(isMessage(incoming) ? [transcriptEntry(incoming, 'user', incoming.id || randomUUID(), receivedAt, redactor)] : []),
      ...sent.filter(({ activity }) => isMessage(activity)).map(({ activity, id, at }) => transcriptEntry(activity, 'bot', id, at, redactor)),
    ];
    if (entries.length === 0) return;
    // The transcript and the record are written at the same time: the turn waits for one write less.
    const logged = Promise.all(entries.map((entry) => transcripts.logActivity(entry)));
    // An update, so a turn another instance handles at the same time loses nothing of the record.
    const recorded = records.conversations.update(incoming.conversation.id, (previous) => {
      const lastStep = steps.at(-1) ?? previous?.lastStep;
      return {
        conversationId: incoming.conversation.id,
        channelId: incoming.channelId,
        startedAt: previous?.startedAt ?? receivedAt.toISOString(),
        lastActivityAt: this.#now().toISOString(),
        ...profileFields(profile),
        ...comebackNote(profile, redactor),
        crisis: previous?.crisis === true || steps.includes(Steps.crisis),
        callbackRequested: previous?.callbackRequested ?? false,
        ...(lastStep !== undefined ? { lastStep } : {}),
        messageCount: (previous?.messageCount ?? 0) + entries.length,
      };
    });
    await Promise.all([logged, recorded]);
  }
}

function stepsOf(activities: ReadonlyArray<Partial<Activity>>): string[] {
  return activities.map(stepOf).filter((step) => step !== undefined);
}

function stepOf(activity: Partial<Activity>): string | undefined {
  const channelData: unknown = activity.channelData;
  if (typeof channelData !== 'object' || channelData === null || !('step' in channelData)) return undefined;
  return typeof channelData.step === 'string' ? channelData.step : undefined;
}

function isMessage(activity: Partial<Activity>): boolean {
  return activity.type === ActivityTypes.Message;
}

/** What the last follow-up talk changed, redacted; nothing when they never came back. */
function comebackNote(profile: Profile, redactor: Redactor): Pick<ConversationRecord, 'cameBack'> {
  if (profile.cameBackAt === undefined) return {};
  const words = (text: string | null | undefined) => (text ? redactor.redact(text).text : undefined);
  const note: ComebackNote = { at: profile.cameBackAt, returns: profile.returns ?? 1 };
  const fields = { howItWent: words(profile.howItWent), better: words(profile.better), previousNextStep: words(profile.previousNextStep) };
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) note[key as keyof typeof fields] = value;
  if (note.previousNextStep !== undefined) note.nextStep = words(profile.nextStep) ?? '';
  return { cameBack: note };
}

/** The record's fields that come from the profile, left out when not known. */
function profileFields(profile: Profile): Pick<ConversationRecord, 'region' | 'wish' | 'score'> {
  return {
    ...(profile.place?.region ? { region: profile.place.region } : {}),
    ...(profile.wish ? { wish: profile.wish } : {}),
    ...(typeof profile.score === 'number' ? { score: profile.score } : {}),
  };
}
