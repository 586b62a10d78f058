/** Thrown when a WorkQueue already has as many tasks waiting as it takes. */
export class QueueFullError extends Error {
  constructor() {
    super('too many tasks waiting');
    this.name = 'QueueFullError';
  }
}

export interface WorkQueueOptions {
  /** Tasks that run at once. */
  concurrency: number;
  /** Tasks that may wait; one more is refused with QueueFullError. */
  maxWaiting: number;
}

/** Runs costly tasks a few at a time, in arrival order, and refuses new ones when too many wait. */
export class WorkQueue {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly options: WorkQueueOptions) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.options.concurrency) {
      if (this.waiting.length >= this.options.maxWaiting) throw new QueueFullError();
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running += 1;
    }
    try {
      return await task();
    } finally {
      // Hands the slot straight to the next task, or frees it.
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }
}
