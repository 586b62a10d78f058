import { CloudAdapter, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';

/**
 * The Bot Framework adapter of /api/messages. The server reads and checks the request itself (see
 * BotServer), so it hands the adapter an activity that is already valid; the SDK's own request
 * handling (`process`) would answer bad requests with its error text and print a stack for each.
 */
export class ChannelAdapter extends CloudAdapter {
  /** Authenticates the activity (with the Authorization header) and runs the bot on it. */
  processChecked(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, activity, logic);
  }
}
