import type { Logger } from '../logger.js';
import type { FollowUp, FollowUpStore } from './followUpStore.js';

export interface FollowUpSchedulerOptions {
  store: FollowUpStore;
  /** Sends the check-in through the adapter of the follow-up's channel. */
  deliver: (item: FollowUp) => Promise<void>;
  now: () => Date;
  logger: Logger;
  /** Longest sleep between looks at the store, so a changed clock is noticed. */
  maxWaitMs?: number;
  /** After a failed delivery, try again this much later … */
  retryAfterMs?: number;
  /** … up to this many attempts in all. */
  maxAttempts?: number;
}

/**
 * Sends each agreed check-in when it is due, then forgets it. Sleeps on an unref'd timer until the
 * next one is due (or a check-in is agreed or cancelled), so it never keeps the process alive.
 */
export class FollowUpScheduler {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> = Promise.resolve();
  private unsubscribe: (() => void) | undefined;
  private stopped = false;

  constructor(private readonly options: FollowUpSchedulerOptions) {}

  start(): void {
    this.stopped = false;
    this.unsubscribe = this.options.store.onChange(() => void this.arm());
    void this.arm();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.unsubscribe?.();
    clearTimeout(this.timer);
    await this.running;
  }

  /** Sends every check-in that is due now. */
  tick(): Promise<void> {
    this.running = this.running.then(() => this.sendDue());
    return this.running;
  }

  private async sendDue(): Promise<void> {
    const { store, deliver, now, logger, retryAfterMs = 15 * 60_000, maxAttempts = 3 } = this.options;
    for (const item of await store.due(now())) {
      if (this.stopped) return;
      try {
        await deliver(item);
        await store.remove(item.id);
        logger.info({ channel: item.reference.channelId }, 'follow-up sent');
      } catch (error) {
        const attempts = item.attempts + 1;
        logger.warn({ err: error, channel: item.reference.channelId, attempts }, 'follow-up not delivered');
        if (attempts >= maxAttempts) await store.remove(item.id);
        else await store.save({ ...item, attempts, dueAt: new Date(now().getTime() + retryAfterMs).toISOString() });
      }
    }
  }

  private async arm(): Promise<void> {
    const next = await this.options.store.nextDueAt();
    clearTimeout(this.timer);
    if (this.stopped || next === undefined) return;
    const wait = Math.min(Math.max(0, next.getTime() - this.options.now().getTime()), this.options.maxWaitMs ?? 60_000);
    this.timer = setTimeout(() => {
      this.tick().then(
        () => this.arm(),
        (error: unknown) => this.options.logger.error({ err: error }, 'follow-up scheduler failed'),
      );
    }, wait).unref();
  }
}
