import type { ConversationOf, UnansweredLog } from '../../dialogs/answerSources.js';
import { conversationKey } from '../records/conversationKey.js';
import type { Logger } from '../logger.js';
import type { Redactor } from '../privacy/redact.js';
import type { InsightStore } from '../records/types.js';

/**
 * Questions the knowledge base could not answer, for content editors: redacted first (no phone
 * numbers, e-mail, names), written the same way every time (trimmed, one space, lower case) so
 * repeats add up, and linked to their conversation only by a one-way key, so they are deleted
 * with it (and at the end of the retention period).
 */
export class UnansweredQuestions implements UnansweredLog {
  constructor(
    private readonly insights: InsightStore,
    private readonly redactor: Redactor,
    private readonly logger: Logger,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async record(text: string, conversation: ConversationOf): Promise<void> {
    const question = this.redactor.redact(text).text.trim().replace(/\s+/g, ' ').toLowerCase();
    const askedIn = conversationKey(conversation.channelId, conversation.conversationId);
    try {
      await this.insights.addUnanswered({ question, askedIn, at: this.now().toISOString() });
    } catch (error) {
      this.logger.warn({ err: error }, 'could not record an unanswered question');
    }
  }
}
