import {
  ConfigurationBotFrameworkAuthentication,
  ConversationState,
  type Storage,
  type TurnContext,
} from 'botbuilder';
import type { Logger } from '../src/logger.js';
import { ChannelAdapter } from '../src/channel/channelAdapter.js';
import { ServiceUrlPolicy } from '../src/channel/serviceUrlPolicy.js';
import { BotServer } from '../src/server.js';

/**
 * The floor for the benchmark: the bot's own HTTP server, adapter and storage, with a bot that
 * only echoes the text and saves a turn counter in conversation state.
 */
export function createEchoApp(storage: Storage, logger: Logger, host: string): { start(): Promise<number>; stop(): Promise<void> } {
  const adapter = new ChannelAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const conversationState = new ConversationState(storage);
  const turns = conversationState.createProperty<number>('turns');
  const bot = {
    async run(context: TurnContext): Promise<void> {
      const count = (await turns.get(context, 0)) + 1;
      if (context.activity.type === 'message') await context.sendActivity(`echo ${count}: ${context.activity.text ?? ''}`);
      await turns.set(context, count);
      await conversationState.saveChanges(context, false);
    },
  };
  const server = new BotServer({ adapter, bot, logger, serviceUrls: new ServiceUrlPolicy(false, []) });
  return { start: () => server.listen(0, host), stop: () => server.close() };
}
