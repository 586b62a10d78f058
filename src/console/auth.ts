import type { AuditLog } from '../records/types.js';
import type { SignInLockout } from './lockout.js';
import type { ConsoleUser, UserStore } from './users.js';

export type SignInResult =
  | { ok: true; user: ConsoleUser }
  | { ok: false; reason: 'wrong' }
  | { ok: false; reason: 'locked'; minutes: number };

/** Sign-in with a local account: lock-out after repeated failures, every attempt in the audit log. */
export class PasswordSignIn {
  constructor(
    private readonly users: UserStore,
    private readonly lockout: SignInLockout,
    private readonly audit: AuditLog,
  ) {}

  async signIn(name: string, password: string): Promise<SignInResult> {
    const lockedMs = this.lockout.lockedFor(name);
    if (lockedMs > 0) return this.locked(lockedMs);
    const user = await this.users.verify(name, password);
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
