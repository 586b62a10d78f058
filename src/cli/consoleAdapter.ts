import { randomUUID } from 'node:crypto';
import {
  ActivityTypes,
  BotAdapter,
  TurnContext,
  type Activity,
  type ChannelAccount,
  type ConversationReference,
  type ResourceResponse,
} from 'botbuilder';

/** Where the terminal chat prints what the bot says. */
export type Printer = (activity: Partial<Activity>) => void;

/**
 * A Bot Framework adapter for the terminal: each line typed is one message activity, and every
 * activity the bot sends goes to the printer. Suggested actions can be answered by their number.
 */
export class ConsoleAdapter extends BotAdapter {
  private lastActions: string[] = [];
  private readonly reference: ConversationReference;
  private readonly user: ChannelAccount;

  constructor(
    private readonly print: Printer,
    userId: string,
  ) {
    super();
    this.user = { id: userId, name: 'jongere' };
    this.reference = {
      channelId: 'console',
      serviceUrl: 'console://local',
      conversation: { id: randomUUID(), isGroup: false, conversationType: 'personal', name: 'terminal' },
      user: this.user,
      bot: { id: 'perspectiefbot', name: 'Perspectiefbot' },
      locale: 'nl-BE',
    };
  }

  /** The conversation starts: the young person joins, so the bot greets first. */
  join(logic: (context: TurnContext) => Promise<void>): Promise<void> {
    return this.runTurn({ type: ActivityTypes.ConversationUpdate, membersAdded: [this.user] }, logic);
  }

  /** One typed line: a number picks the matching suggested action. */
  say(line: string, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const choice = /^\s*(\d+)\s*$/.exec(line);
    const picked = choice ? this.lastActions[Number(choice[1]) - 1] : undefined;
    return this.runTurn({ type: ActivityTypes.Message, text: picked ?? line }, logic);
  }

  override async sendActivities(_context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    for (const activity of activities) {
      if (activity.type === ActivityTypes.Message) {
        this.lastActions = (activity.suggestedActions?.actions ?? []).map((action) => String(action.value));
      }
      this.print(activity);
    }
    return activities.map(() => ({ id: randomUUID() }));
  }

  override updateActivity(): Promise<void> {
    return Promise.reject(new Error('the terminal cannot change a message'));
  }

  override deleteActivity(): Promise<void> {
    return Promise.reject(new Error('the terminal cannot delete a message'));
  }

  override async continueConversation(
    reference: Partial<ConversationReference>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    const activity = TurnContext.applyConversationReference({ type: ActivityTypes.Event, name: 'continue' }, reference, true);
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }

  private async runTurn(partial: Partial<Activity>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const activity = TurnContext.applyConversationReference(
      { ...partial, id: randomUUID(), timestamp: new Date(), localTimestamp: new Date() },
      this.reference,
      true,
    ) as Activity;
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }
}
