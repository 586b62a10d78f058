import { CardFactory, type Activity, type Middleware, type TurnContext } from 'botbuilder';

/** Channels known to show Adaptive Cards and suggested actions. */
const RICH_CHANNELS = new Set(['msteams', 'webchat', 'directline', 'emulator', 'console']);

/**
 * Cards and buttons degrade well: on a channel that cannot show Adaptive Cards, a card is replaced
 * by its plain-text fallback (`channelData.fallbackText`), and suggested actions become numbered
 * choices in the text.
 */
export class ChannelFallback implements Middleware {
  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    if (!RICH_CHANNELS.has(context.activity.channelId)) {
      context.onSendActivities(async (_ctx, activities, sendNext) => {
        activities.forEach((activity, i) => (activities[i] = plain(activity)));
        return sendNext();
      });
    }
    await next();
  }
}

function plain(activity: Partial<Activity>): Partial<Activity> {
  const channelData = activity.channelData as { fallbackText?: unknown } | undefined;
  const hasCard = (activity.attachments ?? []).some((a) => a.contentType === CardFactory.contentTypes.adaptiveCard);
  const fallback = typeof channelData?.fallbackText === 'string' ? channelData.fallbackText : undefined;
  const text = hasCard && fallback !== undefined ? fallback : activity.text;
  const actions = activity.suggestedActions?.actions ?? [];
  const choices = actions.map((action, i) => `${i + 1}. ${action.title ?? String(action.value)}`);
  return {
    ...activity,
    attachments: hasCard ? activity.attachments?.filter((a) => a.contentType !== CardFactory.contentTypes.adaptiveCard) : activity.attachments,
    text: [text, ...choices].filter((part) => part !== undefined && part !== '').join('\n'),
  };
}
