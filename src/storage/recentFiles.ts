/**
 * What is known about the most recently used files, by key, at most `capacity` of them: using a
 * key makes it the newest, and the oldest goes first.
 */
export class RecentFiles<T> {
  readonly #known = new Map<string, T>();

  constructor(private readonly capacity: number) {}

  /** What is known of the key's file, or `undefined` when nothing is kept. */
  get(key: string): T | undefined {
    const known = this.#known.get(key);
    if (known !== undefined) this.remember(key, known);
    return known;
  }

  remember(key: string, known: T): void {
    this.#known.delete(key);
    this.#known.set(key, known);
    if (this.#known.size > this.capacity) {
      const oldest = this.#known.keys().next();
      if (!oldest.done) this.#known.delete(oldest.value);
    }
  }

  forget(key: string): void {
    this.#known.delete(key);
  }
}
