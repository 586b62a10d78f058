import {
  ActivityTypes,
  BotAdapter,
  TurnContext,
  type Activity,
  type ConversationReference,
  type ResourceResponse,
} from 'botbuilder';
import { RETURN_EVENT } from '../comeback/returnEvent.js';
import { KeyLock } from '../storage/keyLock.js';
import type { ActivityLogs } from './activityLog.js';
import type { TokenGrant } from './tokens.js';

export type BotLogic = (context: TurnContext) => Promise<void>;

const DIRECT_LINE_CHANNEL = 'directline';
const BOT = { id: 'perspectiefbot', name: 'Perspectiefbot', role: 'bot' };
/** Marks activities and conversation references of this server's own Direct Line. */
export const SELF_HOSTED_SERVICE_URL = 'directline://self-hosted';

/** What a page may post: the fields Web Chat sends; the rest (from, conversation, ids) is ours to set. */
export interface PostedActivity {
  type: 'message' | 'event';
  text?: string;
  value?: unknown;
  name?: string;
  locale?: string;
  channelData?: unknown;
}

/**
 * The self-hosted Direct Line channel: an in-process Bot Framework adapter that runs the bot (with
 * the same middleware and error handling as every adapter) and writes what both sides say to the
 * conversation's activity log, from which the pages read. Turns of one conversation run in order.
 */
export class DirectLineAdapter extends BotAdapter {
  private readonly turns = new KeyLock();

  constructor(private readonly logs: ActivityLogs) {
    super();
  }

  /** A new conversation: the young person joins, so the bot greets first. */
  async start(grant: TokenGrant, locale: string | undefined, logic: BotLogic): Promise<void> {
    await this.logs.create(grant.conversationId, grant.userId);
    const joined: Partial<Activity> = { type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: grant.userId, name: '' }], locale };
    await this.turns.run(grant.conversationId, () => this.runTurn(this.incoming(grant, joined), logic));
  }

  /**
   * A new conversation opened by a private link: instead of the greeting, the bot gets the link
   * (RETURN_EVENT) and continues the conversation it belongs to.
   */
  async startReturn(grant: TokenGrant, link: string, logic: BotLogic): Promise<void> {
    await this.logs.create(grant.conversationId, grant.userId);
    const opened: Partial<Activity> = { type: ActivityTypes.Event, name: RETURN_EVENT, value: link };
    await this.turns.run(grant.conversationId, () => this.runTurn(this.incoming(grant, opened), logic));
  }

  /** An activity from the page: logged first (the page sees its own echo), then given to the bot. */
  async receive(grant: TokenGrant, posted: PostedActivity, logic: BotLogic): Promise<string> {
    const activity = this.incoming(grant, posted);
    const [id] = await this.logs.append(grant.conversationId, [activity]);
    await this.turns.run(grant.conversationId, () => this.runTurn({ ...activity, id }, logic));
    return id ?? '';
  }

  /** Waits for every turn in flight. */
  idle(): Promise<void> {
    return this.turns.idle();
  }

  override async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const outgoing: Activity[] = [];
    for (const activity of activities) {
      if (activity.type === 'delay') {
        await new Promise((resolve) => setTimeout(resolve, Number(activity.value ?? 1000)));
      } else if (activity.type !== ActivityTypes.InvokeResponse) {
        outgoing.push({
          ...activity,
          channelId: DIRECT_LINE_CHANNEL,
          serviceUrl: SELF_HOSTED_SERVICE_URL,
          conversation: context.activity.conversation,
          from: BOT,
          recipient: context.activity.from,
          timestamp: new Date(),
        } as Activity);
      }
    }
    const ids = outgoing.length > 0 ? await this.logs.append(context.activity.conversation.id, outgoing) : [];
    return ids.map((id) => ({ id }));
  }

  override updateActivity(): Promise<void> {
    return Promise.reject(new Error('the web chat cannot change a message'));
  }

  override deleteActivity(): Promise<void> {
    return Promise.reject(new Error('the web chat cannot delete a message'));
  }

  /** Lets the bot speak on its own (a follow-up): its messages reach any open page at once. */
  override async continueConversation(reference: Partial<ConversationReference>, logic: BotLogic): Promise<void> {
    const conversationId = reference.conversation?.id;
    if (conversationId === undefined || (await this.logs.owner(conversationId)) === undefined) {
      throw new Error('no such web chat conversation');
    }
    const activity = TurnContext.applyConversationReference({ type: ActivityTypes.Event, name: 'continue' }, reference, true);
    await this.turns.run(conversationId, () => this.runTurn(activity as Activity, logic));
  }

  private incoming(grant: TokenGrant, partial: Partial<Activity>): Activity {
    return {
      ...partial,
      channelId: DIRECT_LINE_CHANNEL,
      serviceUrl: SELF_HOSTED_SERVICE_URL,
      conversation: { id: grant.conversationId, isGroup: false, conversationType: 'personal', name: '' },
      from: { id: grant.userId, name: '', role: 'user' },
      recipient: BOT,
      timestamp: new Date(),
    } as Activity;
  }

  private runTurn(activity: Activity, logic: BotLogic): Promise<void> {
    return this.runMiddleware(new TurnContext(this, activity), logic);
  }
}
