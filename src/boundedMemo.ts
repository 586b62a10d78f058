/**
 * Results of a pure function by key, at most `limit` of them: when full it starts again, so what
 * users type cannot make it grow without bound. For work that the same turn, or the next
 * conversations, would otherwise do again with the same input.
 */
export class BoundedMemo<K, V> {
  readonly #values = new Map<K, V>();

  constructor(
    private readonly limit: number,
    private readonly compute: (key: K) => V,
  ) {}

  get(key: K): V {
    const known = this.#values.get(key);
    if (known !== undefined || this.#values.has(key)) return known as V;
    const value = this.compute(key);
    if (this.#values.size >= this.limit) this.#values.clear();
    this.#values.set(key, value);
    return value;
  }

  /** Forgets everything, for when what `compute` depends on has changed. */
  clear(): void {
    this.#values.clear();
  }
}
