export interface LockoutOptions {
  /** This many failed sign-ins within the window lock the account for the window. */
  maxFailures: number;
  windowMs: number;
  now?: () => number;
}

interface Attempts {
  failures: number[];
  lockedUntil: number;
}

/** Counts failed sign-ins per account name (known or not) and locks the name after too many. */
export class SignInLockout {
  private readonly attempts = new Map<string, Attempts>();
  private readonly now: () => number;

  constructor(private readonly options: LockoutOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Milliseconds the name stays locked; 0 when it may try. */
  lockedFor(name: string): number {
    return Math.max(0, (this.attempts.get(key(name))?.lockedUntil ?? 0) - this.now());
  }

  /** Records a failure; true when it locks the name. */
  fail(name: string): boolean {
    this.prune();
    const now = this.now();
    const attempts = this.attempts.get(key(name)) ?? { failures: [], lockedUntil: 0 };
    attempts.failures = [...attempts.failures.filter((at) => now - at < this.options.windowMs), now];
    const locks = attempts.failures.length >= this.options.maxFailures;
    if (locks) {
      attempts.lockedUntil = now + this.options.windowMs;
      attempts.failures = [];
    }
    this.attempts.set(key(name), attempts);
    return locks;
  }

  succeed(name: string): void {
    this.attempts.delete(key(name));
  }

  private prune(): void {
    const now = this.now();
    for (const [name, attempts] of this.attempts) {
      const recent = attempts.failures.some((at) => now - at < this.options.windowMs);
      if (!recent && attempts.lockedUntil <= now) this.attempts.delete(name);
    }
  }
}

function key(name: string): string {
  return name.trim().toLowerCase();
}
