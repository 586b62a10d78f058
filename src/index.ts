import type { Agent as HttpsAgent } from 'node:https';
import { join } from 'node:path';
import {
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
import { TurnCommit } from './turnCommit.js';
import type { Config } from './config.js';
import { loadContent, type Content } from './content/loadContent.js';
import { createLogger, type Logger } from './logger.js';
import { contentDir as defaultContentDir } from './paths.js';
import { forgetConversation } from './records/forgetConversation.js';
import { createFileRecords } from './records/lowdb/fileRecords.js';
import { RetentionPurge, type PurgeResult } from './records/retentionPurge.js';
import type { Records } from './records/types.js';
import { ConsentTranscriptMiddleware } from './transcripts/consentTranscriptMiddleware.js';
import { FileTranscriptStore } from './transcripts/fileTranscriptStore.js';
import { BotServer } from './server.js';
import { ConditionalWrites } from './storage/conditionalWrites.js';
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
import { JsonDocuments } from './records/lowdb/jsonDocuments.js';
import { ReturnPasses, type ConversationPlace } from './comeback/returnPasses.js';
import { StoredReturnDesk, stateKeys } from './comeback/returnDesk.js';
import { comebackRoutes } from './comeback/comebackRoutes.js';
import { PassTouch } from './comeback/passTouch.js';
import { PushReminders } from './comeback/pushReminders.js';
import type { FollowUp } from './followup/followUpStore.js';
import { createConsole } from './console/console.js';
import { noticeSettings } from './site/noticeContent.js';
import { PRIVACY_PATH, publicPageUrl } from './site/paths.js';
import { siteRoutes } from './site/siteRoutes.js';
import { planPageRoutes } from './site/planPageRoutes.js';
import { STEP_ORDER, Steps } from '../dialogs/steps.js';

export interface AppOverrides {
  storage?: Storage & { flush?: () => Promise<void> };
  logger?: Logger;
  now?: () => Date;
  contentDir?: string;
  /** The HTTPS agent push messages go through (a test's trusts its local push service). */
  pushAgent?: HttpsAgent;
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
  /** Return codes and private links (hashes only), with the push subscriptions of their pages. */
  passes: ReturnPasses;
  /** Adds something to delete when a young person deletes their conversation (`place`: this one or one it continued). */
  onForget: (hook: (context: TurnContext, place: Pick<ConversationPlace, 'channelId' | 'conversationId'>) => Promise<void>) => void;
  /** Deletes the bot state last written before `cutoff`; returns how many items. */
  deleteStateOlderThan: (cutoff: Date) => Promise<number>;
  /** Creates what the backend misses (Blob containers); run once before taking turns. */
  prepare: () => Promise<void>;
}

/** Where state, transcripts and records are kept. */
export interface Backend {
  storage: Storage & { flush?: () => Promise<void> };
  transcripts: TranscriptStore & { flush?: () => Promise<void> };
  records: Records;
  /** Deletes the bot state last written before `cutoff` (the retention period); returns how many items. */
  deleteStateOlderThan: (cutoff: Date) => Promise<number>;
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
  const storage = new FileStorage({ dir: join(config.dataDir, 'state') });
  return {
    storage,
    deleteStateOlderThan: (cutoff) => storage.deleteOlderThan(cutoff),
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
  // State is saved with the eTags it was read with (TurnCommit), on every backend.
  const stateWrites = new ConditionalWrites(storage);
  const conversationState = new ConversationState(stateWrites);
  const userState = new UserState(stateWrites);
  const turnCommit = new TurnCommit({ states: [conversationState, userState], writes: stateWrites, logger });
  const replies = new Replies(content.messages);
  const followUps = new FollowUpStore(join(config.dataDir, 'followups'));
  const passes = new ReturnPasses(
    new JsonDocuments(join(config.dataDir, 'returns', 'passes')),
    new JsonDocuments(join(config.dataDir, 'returns', 'conversations')),
  );
  const forgetHooks: Array<(context: TurnContext, place: Pick<ConversationPlace, 'channelId' | 'conversationId'>) => Promise<void>> = [];
  /** Deletes what is kept about one conversation outside the bot state of this turn. */
  const forgetPlace = async (context: TurnContext, place: Pick<ConversationPlace, 'channelId' | 'conversationId'>): Promise<void> => {
    await forgetConversation(backend, place.channelId, place.conversationId);
    await followUps.cancel({ channelId: place.channelId, conversation: { id: place.conversationId } });
    for (const hook of forgetHooks) await hook(context, place);
  };
  const services = createServices({
    content,
    conversationState,
    userState,
    records,
    logger,
    now,
    forgetElsewhere: async (context) => {
      const here = { channelId: context.activity.channelId, conversationId: context.activity.conversation.id };
      // The code, the link and the push subscription stop working; the conversations it continued go too.
      const linked = await passes.forget(here);
      await forgetPlace(context, here);
      for (const place of linked.filter((p) => p.channelId !== here.channelId || p.conversationId !== here.conversationId)) {
        await stateWrites.delete([stateKeys({ ...place, userId: '' }).conversation]);
        await forgetPlace(context, place);
      }
    },
    comeback: new StoredReturnDesk({ passes, storage: stateWrites, now, publicUrl: config.publicUrl, push: config.push !== undefined }),
    welcomeBackAfterMs: config.welcomeBackAfterMs,
    retentionDays: config.retentionDays,
    askConsent: config.transcriptConsent === 'ask',
    ...(config.publicUrl !== '' ? { privacyUrl: publicPageUrl(config.publicUrl, PRIVACY_PATH), publicUrl: config.publicUrl } : {}),
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
      // First: holds back what a turn sends until its state is saved (see TurnCommit).
      turnCommit.outbox,
      new TraceFilter(),
      new ChannelFallback(),
      new FollowUpOffers(followUps, config.followUpAfterMs, now),
      new PassTouch(passes, now, logger),
      new ConsentTranscriptMiddleware({
        transcripts,
        records,
        conversationState,
        consentOf: async (context) => config.transcriptConsent === 'ask' && (await profileOf(context)).consent === true,
        profileOf,
        redactor: content.redactor,
        logger,
        now,
      }),
      // Last: runs the bot, saves the state once a turn, and runs the bot again on a conflict.
      turnCommit.commit,
    ],
    transcripts,
    records,
    followUps,
    passes,
    onForget: (hook) => void forgetHooks.push(hook),
    // State in a storage the caller passed in is the caller's to clean up.
    deleteStateOlderThan: overrides.storage ? async () => 0 : backend.deleteStateOlderThan,
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
  /** Deletes what is older than the retention period now (it also runs at start and on a timer). */
  purgeExpired(): Promise<PurgeResult>;
  /** Sends the follow-ups due now (chat check-in and push reminder; they also go on a timer). */
  sendDueFollowUps(): Promise<void>;
}

/** The bot behind its HTTP server. */
export async function createApp(config: Config, overrides: AppOverrides = {}): Promise<App> {
  const conversation = await createConversation(config, overrides);
  const { logger, storage, records, transcripts } = conversation;
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
    redactor: conversation.content.redactor,
    logger,
    logic: (context) => conversation.bot.run(context),
    prepare: (webAdapter) => {
      webAdapter.onTurnError = conversation.onTurnError;
      conversation.middleware.forEach((m) => webAdapter.use(m));
    },
    isReturnLink: async (token) => (await conversation.passes.byLink(token)) !== undefined,
  });
  conversation.onForget((context, place) => webChat.forget(context, place.conversationId));
  const retentionPurge = new RetentionPurge({
    transcripts,
    records,
    elsewhere: {
      botState: conversation.deleteStateOlderThan,
      webChatHistories: (cutoff) => webChat.deleteOlderThan(cutoff),
      followUps: (cutoff) => conversation.followUps.deleteAgreedBefore(cutoff),
      returnPasses: (cutoff) => conversation.passes.deleteTouchedBefore(cutoff),
    },
    retentionDays: config.retentionDays,
    logger,
    now: overrides.now,
  });
  const now = overrides.now ?? (() => new Date());
  const pushReminders = config.push
    ? new PushReminders({ passes: conversation.passes, vapid: config.push, messages: conversation.content.messages, logger, now, ...(overrides.pushAgent ? { agent: overrides.pushAgent } : {}) })
    : undefined;
  const followUpScheduler = new FollowUpScheduler({
    store: conversation.followUps,
    now,
    logger,
    deliver: withPushReminder(
      followUpDelivery({ replies: new Replies(conversation.content.messages), directLine: webChat.adapter, cloud: adapter, appId: config.auth.appId }),
      pushReminders,
    ),
  });
  const counsellorConsole = createConsole(config, {
    records,
    transcripts,
    content: conversation.content,
    logger,
    forgetConversation: (record) => forgetConversation(conversation, record.channelId, record.conversationId),
    stepOrder: STEP_ORDER,
  });
  const site = siteRoutes(conversation.content.messages, conversation.content.notices, noticeSettings(config));
  const planPages = planPageRoutes({
    messages: conversation.content.messages,
    planPages: records.planPages,
    retentionDays: config.retentionDays,
    now: overrides.now ?? (() => new Date()),
    logger,
  });
  let stopping = false;
  const server = new BotServer({
    adapter,
    bot: conversation.bot,
    logger,
    serviceUrls: new ServiceUrlPolicy(config.auth.appId !== '', config.auth.allowedServiceUrls),
    routes: [
      ...webChat.routes,
      counsellorConsole.routes,
      site,
      planPages,
      comebackRoutes({ passes: conversation.passes, messages: conversation.content.messages, logger, now, publicUrl: config.publicUrl, push: pushReminders !== undefined }),
    ],
  });

  return {
    ...conversation,
    adapter,
    server,
    async start() {
      // Writes cut off by a crash leave temporary files; none is being written before the first turn.
      const leftovers = await removeTempFiles(['state', 'records', 'followups', 'webchat', 'console', 'returns'].map((dir) => join(config.dataDir, dir)));
      if (leftovers > 0) logger.info({ files: leftovers }, 'removed temporary files of interrupted writes');
      await conversation.prepare();
      const port = await server.listen(config.port, config.host);
      const organisation = Object.entries(config.organisation).filter(([, value]) => value === '').map(([name]) => name);
      if (organisation.length > 0) {
        logger.warn({ missing: organisation }, 'the privacy page does not name who runs this bot: set ORGANISATION_NAME, ORGANISATION_CONTACT and DPO_CONTACT');
      }
      if (config.auth.appId === '') {
        logger.warn('no MicrosoftAppId configured: running locally without Bot Framework authentication');
      }
      stopping = false;
      // Follow-ups wait for the first purge: one overdue after a long stop must not revive an expired conversation.
      void retentionPurge.start().then(() => {
        if (!stopping) followUpScheduler.start();
      });
      logger.info({ port, dataDir: config.dataDir }, 'bot ready');
      setImmediate(() => conversation.content.understanding.warm());
      return port;
    },
    purgeExpired: () => retentionPurge.run(),
    sendDueFollowUps: () => followUpScheduler.tick(),
    async stop() {
      stopping = true;
      await followUpScheduler.stop();
      await webChat.close();
      await server.close();
      await retentionPurge.stop();
      await Promise.all([storage.flush?.(), transcripts.flush?.(), records.flush?.()]);
      logger.info('bot stopped');
    },
  };
}

/**
 * The check-in in the chat and, on the website, the push reminder to the browser that asked for it.
 * Delivered when either arrives; a failed chat message is tried again (the push goes once).
 */
function withPushReminder(chat: (item: FollowUp) => Promise<void>, push: PushReminders | undefined): (item: FollowUp) => Promise<void> {
  if (!push) return chat;
  return async (item) => {
    const place = { channelId: item.reference.channelId ?? '', conversationId: item.reference.conversation?.id ?? '' };
    const [sent, pushed] = await Promise.allSettled([chat(item), push.remind(place)]);
    if (sent.status === 'rejected' && !(pushed.status === 'fulfilled' && pushed.value)) throw sent.reason;
  };
}
