import { join } from 'node:path';
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConversationState,
  UserState,
  type Middleware,
  type Storage,
  type TurnContext,
} from 'botbuilder';
import { MainDialog } from '../dialogs/mainDialog.js';
import type { Profile } from '../dialogs/profile.js';
import { Replies } from '../dialogs/replies.js';
import type { ConversationFlags, ConversationServices } from '../dialogs/services.js';
import { PerspectiveBot } from './bot.js';
import { ChannelFallback } from './channelFallback.js';
import { TraceFilter } from './traceFilter.js';
import type { Config } from './config.js';
import { loadContent, type Content } from './content/loadContent.js';
import { createLogger, type Logger } from './logger.js';
import { contentDir as defaultContentDir } from './paths.js';
import { ContactReferrals } from './replies/contactReferrals.js';
import { KnowledgeAnswers } from './replies/knowledgeAnswers.js';
import { HelplineReplies } from './replies/helplineReplies.js';
import { UnansweredQuestions } from './replies/unansweredQuestions.js';
import { BotServer } from './server.js';
import { FileStorage } from './storage/fileStorage.js';
import { Steps } from '../dialogs/steps.js';

export interface AppOverrides {
  storage?: Storage & { flush?: () => Promise<void> };
  logger?: Logger;
  now?: () => Date;
  contentDir?: string;
}

/** The conversation with everything it needs, without any transport (used by the server and the terminal chat). */
export interface Conversation {
  bot: PerspectiveBot;
  content: Content;
  storage: Storage & { flush?: () => Promise<void> };
  logger: Logger;
  onTurnError: (context: TurnContext, error: Error) => Promise<void>;
  /** Middleware every adapter runs the bot with. */
  middleware: Middleware[];
}

/** Composition root: builds every part once and passes it in through constructors. */
export function createConversation(config: Config, overrides: AppOverrides = {}): Conversation {
  const logger = overrides.logger ?? createLogger(config.logLevel);
  const content = loadContent(overrides.contentDir ?? defaultContentDir);
  const storage = overrides.storage ?? new FileStorage({ dir: join(config.dataDir, 'state') });
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const replies = new Replies(content.messages);
  const now = overrides.now ?? (() => new Date());

  const services: ConversationServices = {
    replies,
    understanding: content.understanding,
    phrases: content.phrases,
    profile: userState.createProperty<Profile>('profile'),
    flags: conversationState.createProperty<ConversationFlags>('flags'),
    lookupPlace: (text) => content.lookupPlace(text),
    referrals: new ContactReferrals(content.contacts, replies),
    safety: new HelplineReplies(content.helplines, replies),
    knowledge: new KnowledgeAnswers(content.understanding.knowledge, replies),
    unanswered: new UnansweredQuestions(join(config.dataDir, 'unanswered'), content.redactor, logger, now),
    forget: async (context) => {
      await userState.delete(context);
      await conversationState.delete(context);
    },
    now,
    welcomeBackAfterMs: config.welcomeBackAfterMs,
  };
  const bot = new PerspectiveBot(conversationState, userState, new MainDialog(services));

  const onTurnError = async (context: TurnContext, error: Error): Promise<void> => {
    logger.error({ err: error, conversation: context.activity.conversation?.id }, 'turn failed');
    await context.sendActivity(replies.text(Steps.error, 'error.turn'));
  };
  return { bot, content, storage, logger, onTurnError, middleware: [new TraceFilter(), new ChannelFallback()] };
}

export interface App extends Conversation {
  adapter: CloudAdapter;
  server: BotServer;
  /** Starts listening; resolves with the port. */
  start(): Promise<number>;
  /** Stops taking turns, finishes the ones in flight and flushes storage. */
  stop(): Promise<void>;
}

/** The bot behind its HTTP server. */
export function createApp(config: Config, overrides: AppOverrides = {}): App {
  const conversation = createConversation(config, overrides);
  const { logger, storage } = conversation;
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.auth.appId,
    MicrosoftAppPassword: config.auth.appPassword,
    MicrosoftAppTenantId: config.auth.tenantId,
    MicrosoftAppType: config.auth.appType,
  });
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = conversation.onTurnError;
  conversation.middleware.forEach((m) => adapter.use(m));
  const server = new BotServer({ adapter, bot: conversation.bot, logger });

  return {
    ...conversation,
    adapter,
    server,
    async start() {
      const port = await server.listen(config.port, config.host);
      if (config.auth.appId === '') {
        logger.warn('no MicrosoftAppId configured: running locally without Bot Framework authentication');
      }
      logger.info({ port, dataDir: config.dataDir }, 'bot ready');
      return port;
    },
    async stop() {
      await server.close();
      await storage.flush?.();
      logger.info('bot stopped');
    },
  };
}
