import type { Storage, StoreItems } from 'botbuilder';

/**
 * Makes two instances take a turn of one conversation at the very same moment: once armed, the
 * first read of conversation state on each instance waits until both have read (so both turns start
 * from the same state), and the second instance saves conversation state only after the first has.
 */
export class Race {
  #armed = false;
  #reads: Array<() => void> = [];
  #firstSavedNow: () => void = () => {};
  #firstSaved = new Promise<void>((resolve) => (this.#firstSavedNow = resolve));

  arm(): void {
    this.#armed = true;
  }

  async afterRead(): Promise<void> {
    if (!this.#armed || this.#reads.length >= 2) return;
    await new Promise<void>((resolve) => {
      this.#reads.push(resolve);
      if (this.#reads.length === 2) this.#reads.forEach((release) => release());
    });
  }

  async write(instance: number, write: () => Promise<void>): Promise<void> {
    if (!this.#armed) return write();
    if (instance === 1) await this.#firstSaved;
    try {
      await write();
    } finally {
      if (instance === 0) this.#firstSavedNow();
    }
  }
}

/** The state storage of one instance (or one turn) whose reads and writes of conversation state go through the race. */
export class Racing implements Storage {
  constructor(
    private readonly inner: Storage,
    private readonly race: Race,
    private readonly instance: number,
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    const items = await this.inner.read(keys);
    if (keys.some(isConversationKey)) await this.race.afterRead();
    return items;
  }

  write(changes: StoreItems): Promise<void> {
    if (!Object.keys(changes).some(isConversationKey)) return this.inner.write(changes);
    return this.race.write(this.instance, () => this.inner.write(changes));
  }

  delete(keys: string[]): Promise<void> {
    return this.inner.delete(keys);
  }
}

function isConversationKey(key: string): boolean {
  return key.includes('/conversations/');
}
