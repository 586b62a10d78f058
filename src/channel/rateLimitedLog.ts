import type { Logger } from '../logger.js';

export interface RateLimitedLogOptions {
  /** Entries written per window; the rest are counted and the count logged with the next entry. */
  perWindow: number;
  windowMs: number;
  now?: () => number;
}

/**
 * Writes problems caused by callers (bad requests, failed authentication) to the structured log
 * without letting a flood of them flood the log: at most `perWindow` entries a window.
 */
export class RateLimitedLog {
  private windowStart = Number.NEGATIVE_INFINITY;
  private written = 0;
  private suppressed = 0;
  private readonly now: () => number;

  constructor(
    private readonly logger: Logger,
    private readonly options: RateLimitedLogOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  warn(fields: Record<string, unknown>, message: string): void {
    this.write('warn', fields, message);
  }

  error(fields: Record<string, unknown>, message: string): void {
    this.write('error', fields, message);
  }

  private write(level: 'warn' | 'error', fields: Record<string, unknown>, message: string): void {
    const now = this.now();
    if (now - this.windowStart >= this.options.windowMs) {
      this.windowStart = now;
      this.written = 0;
    }
    if (this.written >= this.options.perWindow) {
      this.suppressed += 1;
      return;
    }
    this.written += 1;
    const suppressed = this.suppressed;
    this.suppressed = 0;
    this.logger[level](suppressed > 0 ? { ...fields, suppressed } : fields, message);
  }
}
