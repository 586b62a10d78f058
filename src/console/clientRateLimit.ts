export interface ClientRateLimitOptions {
  /** Attempts a client may make within the window. */
  max: number;
  windowMs: number;
  /** Clients remembered at most; the least recently seen are forgotten first. */
  maxClients?: number;
  now?: () => number;
}

/** Counts attempts per client (an IP address) in a sliding window. */
export class ClientRateLimit {
  private readonly attempts = new Map<string, number[]>();
  private readonly now: () => number;

  constructor(private readonly options: ClientRateLimitOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Records an attempt; false when the client has used up the window. */
  take(client: string): boolean {
    const now = this.now();
    const recent = (this.attempts.get(client) ?? []).filter((at) => now - at < this.options.windowMs);
    this.attempts.delete(client);
    const allowed = recent.length < this.options.max;
    if (allowed) recent.push(now);
    this.attempts.set(client, recent);
    for (const oldest of this.attempts.keys()) {
      if (this.attempts.size <= (this.options.maxClients ?? 10_000)) break;
      this.attempts.delete(oldest);
    }
    return allowed;
  }
}
