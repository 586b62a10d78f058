import { ActivityTypes, type Middleware, type TurnContext } from 'botbuilder';

/**
 * Trace activities (dialog state snapshots, which contain what the young person typed) go only to
 * the Bot Framework Emulator, a developer tool; never to a young person's channel.
 */
export class TraceFilter implements Middleware {
  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    if (context.activity.channelId !== 'emulator') {
      context.onSendActivities(async (_ctx, activities, sendNext) => {
        for (let i = activities.length - 1; i >= 0; i -= 1) {
          if (activities[i]?.type === ActivityTypes.Trace) activities.splice(i, 1);
        }
        return activities.length > 0 ? sendNext() : [];
      });
    }
    await next();
  }
}
