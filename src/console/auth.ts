import type { AuditLog } from '../records/types.js';
import type { ClientRateLimit } from './clientRateLimit.js';
import type { SignInLockout } from './lockout.js';
import { QueueFullError } from './workQueue.js';
import type { ConsoleUser, UserStore } from './users.js';

export type SignInResult =
  | { ok: true; user: ConsoleUser }
  | { ok: false; reason: 'wrong' }
  | { ok: false; reason: 'locked'; minutes: number }
  /** Too many attempts from this client, or too many waiting for a password check: try again in a minute. */
  | { ok: false; reason: 'busy' };

/**
 * Sign-in with a local account: a limit of attempts per client (checking a password is costly),
 * lock-out after repeated failures, every attempt in the audit log.
 */
export class PasswordSignIn {
  constructor(
    private readonly users: UserStore,
    private readonly lockout: SignInLockout,
    private readonly audit: AuditLog,
    private readonly perClient: ClientRateLimit,
  ) {}

  /** `client` names who tries (the IP address), for the limit of attempts per client. */
  async signIn(name: string, password: string, client: string): Promise<SignInResult> {
    if (!this.perClient.take(client)) return { ok: false, reason: 'busy' };
    const lockedMs = this.lockout.lockedFor(name);
    if (lockedMs > 0) return this.locked(lockedMs);
    let user: ConsoleUser | undefined;
    try {
      user = await this.users.verify(name, password);
    } catch (error) {
      if (error instanceof QueueFullError) return { ok: false, reason: 'busy' };
      throw error;
    }
    if (user) {
      this.lockout.succeed(name);
      await this.audit.record({ user: user.name, action: 'sign-in' });
      return { ok: true, user };
    }
    await this.audit.record({ user: name, action: 'sign-in-failed' });
    if (this.lockout.fail(name)) {
      await this.audit.record({ user: name, action: 'locked-out' });
      return this.locked(this.lockout.lockedFor(name));
    }
    return { ok: false, reason: 'wrong' };
  }

  private locked(ms: number): SignInResult {
    return { ok: false, reason: 'locked', minutes: Math.max(1, Math.ceil(ms / 60_000)) };
  }
}
