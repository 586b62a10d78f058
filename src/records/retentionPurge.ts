import type { Logger } from '../logger.js';
import { forgetConversation, type ConversationStores } from './forgetConversation.js';

const dayMs = 86_400_000;

export interface RetentionPurgeOptions extends ConversationStores {
  retentionDays: number;
  logger: Logger;
  now?: () => Date;
  /** Time between runs after the one at start-up; six hours unless given. */
  intervalMs?: number;
}

export interface PurgeResult {
  conversations: number;
  callbacks: number;
}

/**
 * Deletes what is older than the retention period: conversations (transcript, record and their
 * call-back requests) whose last activity is older, and call-back requests created before it.
 * Runs at start-up and then every few hours on a timer that does not keep the process alive.
 */
export class RetentionPurge {
  readonly #now: () => Date;
  readonly #intervalMs: number;
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: RetentionPurgeOptions) {
    this.#now = options.now ?? (() => new Date());
    this.#intervalMs = options.intervalMs ?? 6 * 3_600_000;
  }

  /** Purges now (without waiting for it) and then on the interval. */
  start(): void {
    if (this.#timer !== undefined) return;
    this.#runLogged();
    this.#timer = setInterval(() => this.#runLogged(), this.#intervalMs);
    this.#timer.unref();
  }

  /** Stops the timer and waits for a run under way. */
  async stop(): Promise<void> {
    clearInterval(this.#timer);
    this.#timer = undefined;
    await this.#running;
  }

  /** One purge: everything last active, or created, more than `retentionDays` ago. */
  async run(): Promise<PurgeResult> {
    const cutoff = new Date(this.#now().getTime() - this.options.retentionDays * dayMs).toISOString();
    const old = (await this.options.records.conversations.list()).filter((record) => record.lastActivityAt < cutoff);
    for (const record of old) {
      await forgetConversation(this.options, record.channelId, record.conversationId);
    }
    const callbacks = await this.options.records.callbacks.deleteOlderThan(new Date(cutoff));
    return { conversations: old.length, callbacks };
  }

  #runLogged(): void {
    const { logger } = this.options;
    this.#running = this.#running
      .then(() => this.run())
      .then(
        (result) => logger.info(result, 'retention purge done'),
        (error: unknown) => logger.error({ err: error }, 'retention purge failed'),
      );
  }
}
