/**
 * Runs async tasks one after another per key, and tasks for different keys in parallel.
 * Only keys with a task in flight are remembered, so memory does not grow with the number of keys.
 */
export class KeyLock {
  readonly #tails = new Map<string, Promise<void>>();

  /** Runs `task` once every earlier task for `key` has settled; resolves or rejects with it. */
  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(key) ?? Promise.resolve();
    const result = previous.then(task);
    const tail = result.then(ignore, ignore);
    this.#tails.set(key, tail);
    void tail.then(() => {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    });
    return result;
  }

  /** Resolves when every task queued so far has settled; tasks queued meanwhile are not waited for. */
  async settled(): Promise<void> {
    await Promise.all(this.#tails.values());
  }

  /** Resolves when no task is running or queued, including tasks queued while waiting. */
  async idle(): Promise<void> {
    while (this.#tails.size > 0) {
      await Promise.all(this.#tails.values());
    }
  }
}

function ignore(): void {}
