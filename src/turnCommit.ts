import { isForgotten } from './state/forgottenTurn.js';
import { ActivityTypes, type BotState, type Middleware, type Activity, type ResourceResponse, type TurnContext } from 'botbuilder';
import type { Logger } from './logger.js';
import type { ConditionalWrites } from './storage/conditionalWrites.js';
import { isETagConflict } from './storage/eTagConflict.js';

/** Runs just before a turn's state is saved, with what the bot is about to send; once per attempt. */
export type BeforeSave = (pending: ReadonlyArray<Partial<Activity>>) => Promise<void>;

const BEFORE_SAVE = Symbol('beforeSave');

/**
 * Asks the TurnCommit around this turn to run `hook` before it saves the state, so that what the
 * hook changes in state is saved with the turn (and redone when the turn is retried). Without a
 * TurnCommit the hook is never run.
 */
export function beforeSave(context: TurnContext, hook: BeforeSave): void {
  const hooks = context.turnState.get(BEFORE_SAVE) as BeforeSave[] | undefined;
  if (hooks) hooks.push(hook);
  else context.turnState.set(BEFORE_SAVE, [hook]);
}

export interface TurnCommitOptions {
  /** The state a turn reads and saves (conversation and user state), all on `writes`. */
  states: BotState[];
  writes: ConditionalWrites;
  logger: Logger;
  /** How often a turn is run before an eTag conflict counts as a failure (default 5). */
  attempts?: number;
}

/**
 * Saves a turn's state with the eTags it was read with, and runs the turn again on fresh state
 * when another turn of the conversation (on this or another instance) saved first, so no answer is
 * dropped and no reply is sent from state that was not kept.
 *
 * It is two middleware: `outbox` goes first, `commit` last. While the bot runs, `outbox` holds back
 * whatever the turn sends (the other middleware, the transcript too, see it only when it is sent).
 * `commit` runs the bot, then the BeforeSave hooks of the middleware around it, then saves every
 * state; on an eTag conflict it drops what was held back, reads the state again and runs the bot
 * again (up to `attempts` times). Once the state is saved, what was held back is sent. When the bot
 * fails, what it sent before the failure is sent and the state is not saved, as without retries;
 * when the last attempt still conflicts, nothing of it is sent (its state was not kept) and the
 * conflict goes to the adapter's error handler.
 */
export class TurnCommit {
  readonly outbox: Middleware;
  readonly commit: Middleware;

  constructor(private readonly options: TurnCommitOptions) {
    this.outbox = { onTurn: (context, next) => this.#holdBack(context, next) };
    this.commit = { onTurn: (context, next) => this.#run(context, next) };
  }

  async #holdBack(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const outbox = new Outbox();
    context.turnState.set(OUTBOX, outbox);
    context.onSendActivities((_context, activities, send) => outbox.send(context, activities, send));
    await next();
  }

  async #run(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const outbox = context.turnState.get(OUTBOX) as Outbox | undefined;
    if (!outbox) throw new Error('TurnCommit: the outbox middleware must run before the commit middleware');
    const attempts = this.options.attempts ?? 5;
    for (let attempt = 1; ; attempt += 1) {
      outbox.open(context, attempt > 1);
      try {
        await next();
        const hooks = (context.turnState.get(BEFORE_SAVE) as BeforeSave[] | undefined) ?? [];
        for (const hook of hooks) await hook(outbox.pending());
        await this.#save(context);
      } catch (error) {
        const conflict = isETagConflict(error);
        if (conflict) outbox.discard();
        if (conflict && attempt < attempts) {
          this.options.logger.info({ conversation: context.activity.conversation?.id, attempt }, 'turn conflicts with another; running it again on fresh state');
          await Promise.all(this.options.states.map((state) => state.load(context, true)));
          continue;
        }
        await outbox.deliver();
        throw error;
      }
      await outbox.deliver();
      return;
    }
  }

  async #save(context: TurnContext): Promise<void> {
    // The turn that deleted the young person's data writes nothing of it again.
    if (isForgotten(context)) return;
    const { states, writes } = this.options;
    for (const state of states) {
      const item = state.get(context) as Record<string, unknown> | undefined;
      if (item) writes.expect(item);
    }
    await Promise.all(states.map((state) => state.saveChanges(context)));
  }
}

const OUTBOX = Symbol('outbox');

/** One send the bot made while the outbox was open: the activities and how to send them on. */
interface Held {
  send: () => Promise<ResourceResponse[]>;
  responses: ResourceResponse[];
}

/** Holds back what a turn sends while it is open; sends it on when delivered. */
class Outbox {
  #held: Array<Held & { activities: Array<Partial<Activity>> }> = [];
  #open = false;

  /** Holds back sends from now on; `again` when the turn runs again and has not sent anything yet. */
  open(context: TurnContext, again: boolean): void {
    this.#open = true;
    this.#held = [];
    // `responded` tells the dialogs whether this run of the turn replied; botbuilder can only set it.
    if (again) forgetResponded(context);
  }

  async send(context: TurnContext, activities: Array<Partial<Activity>>, send: () => Promise<ResourceResponse[]>): Promise<ResourceResponse[]> {
    if (!this.#open) return send();
    // Filled in with the channel's ids once sent.
    const responses = activities.map((): ResourceResponse => ({ id: '' }));
    this.#held.push({ activities, send, responses });
    if (activities.some((activity) => activity.type !== ActivityTypes.Trace)) context.responded = true;
    return responses;
  }

  pending(): Array<Partial<Activity>> {
    return this.#held.flatMap((held) => held.activities);
  }

  discard(): void {
    this.#held = [];
  }

  /** Sends what was held back, in order, and stops holding back. */
  async deliver(): Promise<void> {
    this.#open = false;
    const held = this.#held;
    this.#held = [];
    for (const { send, responses } of held) {
      const sent = await send();
      sent.forEach((response, i) => {
        const placeholder = responses[i];
        if (placeholder && response?.id) placeholder.id = response.id;
      });
    }
  }
}

/** Sets the turn's `responded` back to false: botbuilder's TurnContext has a setter for true only. */
function forgetResponded(context: TurnContext): void {
  const ref: unknown = Reflect.get(context, '_respondedRef');
  if (typeof ref === 'object' && ref !== null) Reflect.set(ref, 'responded', false);
}
