import type { TranscriptStore } from 'botbuilder';
import type { Messages } from '../content/messages.js';
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import type { Logger } from '../logger.js';
import type { ConversationRecord, Records } from '../records/types.js';
import type { PasswordSignIn } from './auth.js';
import type { ConsoleSessions } from './consoleSessions.js';
import type { OidcSignIn } from './oidc.js';
import type { Session } from './sessions.js';
import type { PageContext } from './views/layout.js';

/** Everything the console's routes use, built once by createConsole. */
export interface ConsoleServices {
  sessions: ConsoleSessions;
  messages: Messages;
  records: Records;
  transcripts: TranscriptStore;
  knowledge: KnowledgeBase;
  passwords: PasswordSignIn;
  oidc: OidcSignIn | undefined;
  /** Removes a conversation everywhere: transcript, record, call-backs. */
  forgetConversation: (record: ConversationRecord) => Promise<void>;
  /** Step names in conversation order, for the drop-off chart. */
  stepOrder: readonly string[];
  /** The base URL the browser sees (for the OpenID Connect callback). */
  publicUrl: string;
  logger: Logger;
}

export function pageContext(services: ConsoleServices, session: Session | undefined): PageContext {
  return { messages: services.messages, user: session?.user, csrfToken: session?.csrfToken ?? '' };
}
