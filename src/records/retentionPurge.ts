import type { Logger } from '../logger.js';
import { forgetConversation, type ConversationStores } from './forgetConversation.js';

const dayMs = 86_400_000;

/** Deletes what was last written before the cutoff; resolves with how many items. */
export type DeleteOlderThan = (cutoff: Date) => Promise<number>;

export interface RetentionPurgeOptions extends ConversationStores {
  retentionDays: number;
  /**
   * What is kept outside the records, by name (bot state, web chat histories): kept with or without
   * consent, and only as long as a conversation can be resumed.
   */
  elsewhere?: Readonly<Record<string, DeleteOlderThan>>;
  logger: Logger;
  now?: () => Date;
  /** Time between runs after the one at start-up; six hours unless given. */
  intervalMs?: number;
}

/** How many items a purge deleted: conversations, call-backs, unanswered questions, plan pages, and each of `elsewhere`. */
export interface PurgeResult {
  conversations: number;
  callbacks: number;
  unansweredQuestions: number;
  planPages: number;
  [elsewhere: string]: number;
}

/**
 * Deletes what is older than the retention period: conversations (transcript, record, call-back
 * requests and unanswered questions) whose last activity is older, call-back requests created,
 * unanswered questions asked and plan pages made before it, and what `elsewhere` keeps (bot state, web chat
 * histories) last written before it. Runs at start-up and then every few hours on a timer that does
 * not keep the process alive.
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

  /**
   * Purges now and then on the interval; resolves when the first purge is done (or failed), so
   * that what waits for it (overdue follow-ups) never revives an expired conversation.
   */
  start(): Promise<void> {
    if (this.#timer !== undefined) return this.#running.then(() => undefined);
    this.#runLogged();
    this.#timer = setInterval(() => this.#runLogged(), this.#intervalMs);
    this.#timer.unref();
    return this.#running.then(() => undefined);
  }

  /** Stops the timer and waits for a run under way. */
  async stop(): Promise<void> {
    clearInterval(this.#timer);
    this.#timer = undefined;
    await this.#running;
  }

  /** One purge: everything last active, or created, more than `retentionDays` ago. */
  async run(): Promise<PurgeResult> {
    const cutoff = new Date(this.#now().getTime() - this.options.retentionDays * dayMs);
    const before = cutoff.toISOString();
    const old = (await this.options.records.conversations.list()).filter((record) => record.lastActivityAt < before);
    for (const record of old) {
      await forgetConversation(this.options, record.channelId, record.conversationId);
    }
    const result: PurgeResult = {
      conversations: old.length,
      callbacks: await this.options.records.callbacks.deleteOlderThan(cutoff),
      unansweredQuestions: await this.options.records.insights.deleteUnansweredBefore(cutoff),
      planPages: await this.options.records.planPages.deleteOlderThan(cutoff),
    };
    for (const [what, deleteOlderThan] of Object.entries(this.options.elsewhere ?? {})) {
      result[what] = await deleteOlderThan(cutoff);
    }
    return result;
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
