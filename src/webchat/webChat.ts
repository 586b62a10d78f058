import { join } from 'node:path';
import type { TurnContext } from 'botbuilder';
import type { Config } from '../config.js';
import type { Messages } from '../content/messages.js';
import type { Logger } from '../logger.js';
import type { RouteRegistrar } from '../server.js';
import type { Redactor } from '../privacy/redact.js';
import { ActivityLogs, isConversationId } from './activityLog.js';
import { azureTokenRoute, AZURE_TOKEN_PATH } from './azureTokenRoute.js';
import { DirectLineAdapter, SELF_HOSTED_SERVICE_URL, type BotLogic } from './directLineAdapter.js';
import { DIRECT_LINE_PATH, DirectLineRoutes } from './directLineRoutes.js';
import type { PageMode } from './page.js';
import { DirectLineTokens } from './tokens.js';
import { redactedActivity } from './redactedActivity.js';
import { widgetRoutes } from './widgetRoutes.js';

export interface WebChatOptions {
  config: Config;
  messages: Messages;
  /** Redacts the history before it is stored, like a transcript. */
  redactor: Redactor;
  logger: Logger;
  logic: BotLogic;
  /** Set up the adapter like every other one: the bot's middleware and error handler. */
  prepare: (adapter: DirectLineAdapter) => void;
  /** Whether a private link's token opens a conversation (src/comeback). */
  isReturnLink?: (token: string) => Promise<boolean>;
}

/** The website widget: its page, /embed.js, and a Direct Line (this server's own, or Azure's). */
export interface WebChat {
  adapter: DirectLineAdapter;
  routes: RouteRegistrar[];
  /**
   * Deletes the history of a web conversation (the young person asked to delete their
   * conversation): this turn's, or `conversationId`, one it continued.
   */
  forget(context: TurnContext, conversationId?: string): Promise<void>;
  /** Deletes the histories last written before `cutoff` (they can no longer be resumed); returns how many. */
  deleteOlderThan(cutoff: Date): Promise<number>;
  /** Closes the open streams and waits for the turns in flight. */
  close(): Promise<void>;
}

export function createWebChat(options: WebChatOptions): WebChat {
  const { config, logger } = options;
  const logs = new ActivityLogs(join(config.dataDir, 'webchat'), redactedActivity(options.redactor));
  const adapter = new DirectLineAdapter(logs);
  options.prepare(adapter);

  const azure = config.webChat.directLineSecret !== '';
  const mode: PageMode = azure
    ? { kind: 'azure', domain: config.webChat.directLineUrl, tokenUrl: AZURE_TOKEN_PATH }
    : { kind: 'self', domain: DIRECT_LINE_PATH, tokenUrl: `${DIRECT_LINE_PATH}/tokens/generate` };
  const widget = widgetRoutes({ messages: options.messages, mode, allowedOrigins: config.webChat.allowedOrigins, pushKey: config.push?.publicKey });

  if (azure) {
    const exchange = azureTokenRoute({ secret: config.webChat.directLineSecret, baseUrl: config.webChat.directLineUrl, logger });
    const none = async () => 0;
    return { adapter, routes: [widget, exchange], forget: async () => undefined, deleteOlderThan: none, close: () => adapter.idle() };
  }
  const directLine = new DirectLineRoutes({
    adapter,
    logs,
    tokens: new DirectLineTokens(tokenSecret(config, logger)),
    logic: options.logic,
    logger,
    publicUrl: config.publicUrl,
    ...(options.isReturnLink ? { isReturnLink: options.isReturnLink } : {}),
  });
  return {
    adapter,
    routes: [widget, (server) => directLine.register(server)],
    async forget(context, conversationId = context.activity.conversation.id) {
      if (conversationId === context.activity.conversation.id) {
        if (context.activity.serviceUrl === SELF_HOSTED_SERVICE_URL) await logs.clear(conversationId);
      } else if (isConversationId(conversationId) && (await logs.owner(conversationId)) !== undefined) {
        await logs.clear(conversationId);
      }
    },
    deleteOlderThan: (cutoff) => logs.deleteOlderThan(cutoff),
    async close() {
      await directLine.close();
      await adapter.idle();
    },
  };
}

function tokenSecret(config: Config, logger: Logger): string {
  if (config.webChat.tokenSecret !== '') return config.webChat.tokenSecret;
  logger.warn('no DIRECTLINE_TOKEN_SECRET configured: web chat tokens end when the bot restarts');
  return DirectLineTokens.randomSecret();
}
