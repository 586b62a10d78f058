/**
 * The text of the most recently used files by key (`null`: the file does not exist), at most
 * `capacity` of them: using a key makes it the newest, and the oldest goes first.
 */
export class RecentFiles {
  readonly #texts = new Map<string, string | null>();

  constructor(private readonly capacity: number) {}

  /** The text, `null` when the file is known to be absent, or `undefined` when not kept. */
  get(key: string): string | null | undefined {
    const text = this.#texts.get(key);
    if (text !== undefined) this.remember(key, text);
    return text;
  }

  remember(key: string, text: string | null): void {
    this.#texts.delete(key);
    this.#texts.set(key, text);
    if (this.#texts.size > this.capacity) {
      const oldest = this.#texts.keys().next();
      if (!oldest.done) this.#texts.delete(oldest.value);
    }
  }

  forget(key: string): void {
    this.#texts.delete(key);
  }
}
