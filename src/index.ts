import { join } from 'node:path';
import {
  AutoSaveStateMiddleware,
  ConfigurationBotFrameworkAuthentication,
  ConversationState,
  UserState,
  type Middleware,
  type Storage,
  type TranscriptStore,
  type TurnContext,
} from 'botbuilder';
import { MainDialog } from '../dialogs/mainDialog.js';
import type { Profile } from '../dialogs/profile.js';
import { Replies } from '../dialogs/replies.js';
import { PerspectiveBot } from './bot.js';
import { createServices } from './conversationServices.js';
import { ChannelFallback } from './channelFallback.js';
import { TraceFilter } from './traceFilter.js';
import type { Config } from './config.js';
import { loadContent, type Content } from './content/loadContent.js';
import { createLogger, type Logger } from './logger.js';
import { contentDir as defaultContentDir } from './paths.js';
import { forgetConversation } from './records/forgetConversation.js';
import { createFileRecords } from './records/lowdb/fileRecords.js';
import { RetentionPurge } from './records/retentionPurge.js';
import type { Records } from './records/types.js';
import { ConsentTranscriptMiddleware } from './transcripts/consentTranscriptMiddleware.js';
import { FileTranscriptStore } from './transcripts/fileTranscriptStore.js';
import { BotServer } from './server.js';
import { ChannelAdapter } from './channel/channelAdapter.js';
import { ServiceUrlPolicy } from './channel/serviceUrlPolicy.js';
import { FileStorage } from './storage/fileStorage.js';
import { removeTempFiles } from './storage/tempFiles.js';
import type { WriteBehind } from './storage/writeBehind.js';
import { followUpDelivery } from './followup/followUpDelivery.js';
import { FollowUpOffers } from './followup/followUpOffer.js';
import { FollowUpScheduler } from './followup/followUpScheduler.js';
import { FollowUpStore } from './followup/followUpStore.js';
import { createWebChat } from './webchat/webChat.js';
import { createConsole } from './console/console.js';
import { STEP_ORDER, Steps } from '../dialogs/steps.js';

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
  /** Consented, redacted transcripts for counsellors. */
  transcripts: Backend['transcripts'];
  /** Conversation records, call-back requests, audit log and insight counts for the console. */
  records: Records;
  /** Agreed follow-up check-ins. */
  followUps: FollowUpStore;
  /** Adds something to delete when a young person deletes their conversation. */
  onForget: (hook: (context: TurnContext) => Promise<void>) => void;
  /** Creates what the backend misses (Blob containers); run once before taking turns. */
  prepare: () => Promise<void>;
}

/** Where state, transcripts and records are kept. */
export interface Backend {
  storage: Storage & { flush?: () => Promise<void> };
  transcripts: TranscriptStore & { flush?: () => Promise<void> };
  records: Records;
  /** Creates what is missing (Blob containers); called once at start-up. */
  prepare?: () => Promise<void>;
}

/**
 * The storage backend of the configuration: files under DATA_DIR (lowdb), or Azure Blob Storage to
 * scale out. The Azure SDK is loaded only when it is used: it is large, and start-up time counts.
 */
export async function createBackend(config: Config, now: () => Date, logger: Logger): Promise<Backend> {
  if (config.storage.kind === 'blob') {
    const { createBlobBackend } = await import('./storage/blobBackend.js');
    return createBlobBackend(config.storage, now);
  }
  // The files belong to this one process: what a turn logs is written behind (see WriteBehind).
  const writeBehind = (what: string): WriteBehind => ({ onError: (error) => logger.warn({ err: error }, `could not write ${what}`) });
  return {
    storage: new FileStorage({ dir: join(config.dataDir, 'state') }),
    transcripts: new FileTranscriptStore(join(config.dataDir, 'transcripts'), writeBehind('a transcript')),
    records: createFileRecords(join(config.dataDir, 'records'), now, writeBehind('a conversation record')),
  };
}

/** Composition root: builds every part once and passes it in through constructors. */
export async function createConversation(config: Config, overrides: AppOverrides = {}): Promise<Conversation> {
  const logger = overrides.logger ?? createLogger(config.logLevel);
  const content = loadContent(overrides.contentDir ?? defaultContentDir);
  const now = overrides.now ?? (() => new Date());
  const backend = await createBackend(config, now, logger);
  const { transcripts, records } = backend;
  const storage = overrides.storage ?? backend.storage;
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const replies = new Replies(content.messages);
  const followUps = new FollowUpStore(join(config.dataDir, 'followups'));
  const forgetHooks: Array<(context: TurnContext) => Promise<void>> = [];
  const services = createServices({
    content,
    conversationState,
    userState,
    records,
    logger,
    now,
    forgetElsewhere: async (context) => {
      await forgetConversation(backend, context.activity.channelId, context.activity.conversation.id);
      await followUps.cancel({ channelId: context.activity.channelId, conversation: context.activity.conversation });
      for (const hook of forgetHooks) await hook(context);
    },
    welcomeBackAfterMs: config.welcomeBackAfterMs,
    retentionDays: config.retentionDays,
  });
  const bot = new PerspectiveBot(conversationState, new MainDialog(services));
  const profileOf = async (context: TurnContext): Promise<Profile> => (await services.profile.get(context)) ?? {};

  const onTurnError = async (context: TurnContext, error: Error): Promise<void> => {
    logger.error({ err: error, conversation: context.activity.conversation?.id }, 'turn failed');
    await context.sendActivity(replies.text(Steps.error, 'error.turn'));
  };
  return {
    bot,
    content,
    storage,
    logger,
    onTurnError,
    middleware: [
      // First, so it saves once, after the bot and the other middleware (insight marks) have run.
      new AutoSaveStateMiddleware(conversationState, userState),
      new TraceFilter(),
      new ChannelFallback(),
      new FollowUpOffers(followUps, config.followUpAfterMs, now),
      new ConsentTranscriptMiddleware({
        transcripts,
        records,
        conversationState,
        consentOf: async (context) => (await profileOf(context)).consent === true,
        profileOf,
        redactor: content.redactor,
        logger,
        now,
      }),
    ],
    transcripts,
    records,
    followUps,
    onForget: (hook) => void forgetHooks.push(hook),
    prepare: async () => backend.prepare?.(),
  };
}

export interface App extends Conversation {
  adapter: ChannelAdapter;
  server: BotServer;
  /** Starts listening; resolves with the port. */
  start(): Promise<number>;
  /** Stops taking turns, finishes the ones in flight and flushes storage. */
  stop(): Promise<void>;
}

/** The bot behind its HTTP server. */
export async function createApp(config: Config, overrides: AppOverrides = {}): Promise<App> {
  const conversation = await createConversation(config, overrides);
  const { logger, storage, records, transcripts } = conversation;
  const retentionPurge = new RetentionPurge({ transcripts, records, retentionDays: config.retentionDays, logger, now: overrides.now });
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.auth.appId,
    MicrosoftAppPassword: config.auth.appPassword,
    MicrosoftAppTenantId: config.auth.tenantId,
    MicrosoftAppType: config.auth.appType,
  });
  const adapter = new ChannelAdapter(auth);
  adapter.onTurnError = conversation.onTurnError;
  conversation.middleware.forEach((m) => adapter.use(m));
  const webChat = createWebChat({
    config,
    messages: conversation.content.messages,
    logger,
    logic: (context) => conversation.bot.run(context),
    prepare: (webAdapter) => {
      webAdapter.onTurnError = conversation.onTurnError;
      conversation.middleware.forEach((m) => webAdapter.use(m));
    },
  });
  conversation.onForget((context) => webChat.forget(context));
  const followUpScheduler = new FollowUpScheduler({
    store: conversation.followUps,
    now: overrides.now ?? (() => new Date()),
    logger,
    deliver: followUpDelivery({ replies: new Replies(conversation.content.messages), directLine: webChat.adapter, cloud: adapter, appId: config.auth.appId }),
  });
  const counsellorConsole = createConsole(config, {
    records,
    transcripts,
    content: conversation.content,
    logger,
    forgetConversation: (record) => forgetConversation(conversation, record.channelId, record.conversationId),
    stepOrder: STEP_ORDER,
  });
  const server = new BotServer({
    adapter,
    bot: conversation.bot,
    logger,
    serviceUrls: new ServiceUrlPolicy(config.auth.appId !== '', config.auth.allowedServiceUrls),
    routes: [...webChat.routes, counsellorConsole.routes],
  });

  return {
    ...conversation,
    adapter,
    server,
    async start() {
      // Writes cut off by a crash leave temporary files; none is being written before the first turn.
      const leftovers = await removeTempFiles(['state', 'records', 'followups', 'webchat', 'console'].map((dir) => join(config.dataDir, dir)));
      if (leftovers > 0) logger.info({ files: leftovers }, 'removed temporary files of interrupted writes');
      await conversation.prepare();
      const port = await server.listen(config.port, config.host);
      if (config.auth.appId === '') {
        logger.warn('no MicrosoftAppId configured: running locally without Bot Framework authentication');
      }
      followUpScheduler.start();
      retentionPurge.start();
      logger.info({ port, dataDir: config.dataDir }, 'bot ready');
      setImmediate(() => conversation.content.understanding.warm());
      return port;
    },
    async stop() {
      await followUpScheduler.stop();
      await webChat.close();
      await server.close();
      await retentionPurge.stop();
      await Promise.all([storage.flush?.(), transcripts.flush?.(), records.flush?.()]);
      logger.info('bot stopped');
    },
  };
}
