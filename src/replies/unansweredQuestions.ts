import { appendFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { UnansweredLog } from '../../dialogs/answerSources.js';
import type { Logger } from '../logger.js';
import type { Redactor } from '../privacy/redact.js';

/**
 * Questions the knowledge base could not answer, redacted first (no phone numbers, e-mail, names),
 * appended one JSON line each to `<dir>/questions.jsonl` so editors can see what is missing.
 */
export class UnansweredQuestions implements UnansweredLog {
  constructor(
    private readonly dir: string,
    private readonly redactor: Redactor,
    private readonly logger: Logger,
    private readonly now: () => Date,
  ) {}

  async record(text: string, step: string): Promise<void> {
    const line = JSON.stringify({ at: this.now().toISOString(), step, question: this.redactor.redact(text).text });
    try {
      await mkdir(this.dir, { recursive: true });
      await appendFile(join(this.dir, 'questions.jsonl'), `${line}\n`, 'utf8');
    } catch (error) {
      this.logger.warn({ err: error }, 'could not record an unanswered question');
    }
  }
}
