import { TurnContext, type Middleware } from 'botbuilder';
import type { FollowUpStore } from './followUpStore.js';

/** Where a check-in would arrive: in the web chat (seen while it is open) or in the Teams app. */
export type FollowUpKind = 'web' | 'teams';

/** Channels on which the bot can send a message on its own: Direct Line (the web widget) and Teams. */
const PROACTIVE_CHANNELS: ReadonlyMap<string, FollowUpKind> = new Map([
  ['directline', 'web'],
  ['msteams', 'teams'],
]);

/** A check-in the bot can offer on this turn's channel. */
export interface FollowUpOffer {
  kind: FollowUpKind;
  /** The day it would come, in Dutch (for example "dinsdag 1 december"). */
  day: string;
  /** When it would come. */
  dueAt: Date;
  /** Agrees it: the check-in is stored and sent on that day. */
  accept(): Promise<void>;
}

const OFFER_KEY = Symbol('followUpOffer');

/** The check-in the bot may offer on this turn, or undefined when the channel cannot get one. */
export function followUpOfferOf(context: TurnContext): FollowUpOffer | undefined {
  return context.turnState.get(OFFER_KEY) as FollowUpOffer | undefined;
}

/** Puts a follow-up offer in the turn state on channels that allow proactive messages. */
export class FollowUpOffers implements Middleware {
  private readonly dayFormat = new Intl.DateTimeFormat('nl-BE', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'Europe/Brussels' });

  constructor(
    private readonly store: FollowUpStore,
    private readonly afterMs: number,
    private readonly now: () => Date,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const activity = context.activity;
    const kind = PROACTIVE_CHANNELS.get(activity.channelId);
    if (kind !== undefined) {
      const dueAt = new Date(this.now().getTime() + this.afterMs);
      const offer: FollowUpOffer = {
        kind,
        day: this.dayFormat.format(dueAt),
        dueAt,
        accept: () => this.store.schedule(TurnContext.getConversationReference(activity), dueAt, this.now()),
      };
      context.turnState.set(OFFER_KEY, offer);
    }
    await next();
  }
}
