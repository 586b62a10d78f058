import type { UnansweredLog } from '../../dialogs/answerSources.js';
import type { Logger } from '../logger.js';
import type { Redactor } from '../privacy/redact.js';
import type { InsightStore } from '../records/types.js';

/**
 * Questions the knowledge base could not answer, for content editors: redacted first (no phone
 * numbers, e-mail, names), written the same way every time (trimmed, one space, lower case) so
 * repeats add up, and counted as an anonymous insight without any id.
 */
export class UnansweredQuestions implements UnansweredLog {
  constructor(
    private readonly insights: InsightStore,
    private readonly redactor: Redactor,
    private readonly logger: Logger,
  ) {}

  async record(text: string): Promise<void> {
    const question = this.redactor.redact(text).text.trim().replace(/\s+/g, ' ').toLowerCase();
    try {
      await this.insights.count({ kind: 'question-unanswered', question });
    } catch (error) {
      this.logger.warn({ err: error }, 'could not record an unanswered question');
    }
  }
}
