import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PasswordSignIn } from '../../src/console/auth.js';
import { ClientRateLimit } from '../../src/console/clientRateLimit.js';
import { SignInLockout } from '../../src/console/lockout.js';
import { UserStore } from '../../src/console/users.js';
import { memoryRecords } from './memoryRecords.js';

const CLIENT = '192.0.2.1';

describe('sign-in with a local account', () => {
  let dataDir: string;
  let now: number;
  let users: UserStore;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'console-auth-'));
    users = new UserStore(dataDir);
    await users.add('an.peeters', 'counsellor', 'een lang wachtwoord');
  });

  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  beforeEach(() => {
    now = 5_000_000;
  });

  const signIn = () => {
    const records = memoryRecords();
    const lockout = new SignInLockout({ maxFailures: 5, windowMs: 15 * 60_000, now: () => now });
    const perClient = new ClientRateLimit({ max: 10, windowMs: 60_000, now: () => now });
    return { records, auth: new PasswordSignIn(users, lockout, records.audit, perClient) };
  };

  test('when one client tries more than ten times a minute, then it is told to wait without a password check, and another client is not', async () => {
    const { auth, records } = signIn();
    for (let i = 0; i < 10; i++) await auth.signIn(`naam-${i}`, 'fout', CLIENT);
    await expect(auth.signIn('an.peeters', 'een lang wachtwoord', CLIENT)).resolves.toEqual({ ok: false, reason: 'busy' });
    expect(records.audit.entries).toHaveLength(10);
    await expect(auth.signIn('an.peeters', 'een lang wachtwoord', '192.0.2.2')).resolves.toMatchObject({ ok: true });
    now += 60_000;
    await expect(auth.signIn('an.peeters', 'een lang wachtwoord', CLIENT)).resolves.toMatchObject({ ok: true });
  });

  test('when the password is right, then the user signs in and the audit log says so', async () => {
    const { auth, records } = signIn();
    await expect(auth.signIn('AN.PEETERS', 'een lang wachtwoord', CLIENT)).resolves.toEqual({ ok: true, user: { name: 'an.peeters', role: 'counsellor' } });
    expect(records.audit.entries.map((e) => [e.user, e.action])).toEqual([['an.peeters', 'sign-in']]);
  });

  test('when the password is wrong five times within 15 minutes, then the account is locked, even for the right password, until the time is over', async () => {
    const { auth, records } = signIn();
    for (let i = 0; i < 4; i++) await expect(auth.signIn('an.peeters', 'fout', CLIENT)).resolves.toEqual({ ok: false, reason: 'wrong' });
    await expect(auth.signIn('an.peeters', 'fout', CLIENT)).resolves.toEqual({ ok: false, reason: 'locked', minutes: 15 });
    now += 10 * 60_000;
    await expect(auth.signIn('an.peeters', 'een lang wachtwoord', CLIENT)).resolves.toEqual({ ok: false, reason: 'locked', minutes: 5 });
    now += 5 * 60_000;
    await expect(auth.signIn('an.peeters', 'een lang wachtwoord', CLIENT)).resolves.toMatchObject({ ok: true });
    const actions = records.audit.entries.map((e) => e.action).reverse();
    expect(actions).toEqual([...Array(5).fill('sign-in-failed'), 'locked-out', 'sign-in']);
  });

  test('when failures are spread over more than 15 minutes, then the account is not locked', async () => {
    const { auth } = signIn();
    for (let i = 0; i < 8; i++) {
      await expect(auth.signIn('an.peeters', 'fout', CLIENT)).resolves.toEqual({ ok: false, reason: 'wrong' });
      now += 4 * 60_000;
    }
  });

  test('when an unknown name is tried too often, then that name is locked too', async () => {
    const { auth } = signIn();
    for (let i = 0; i < 4; i++) await auth.signIn('niemand', 'fout', CLIENT);
    await expect(auth.signIn('niemand', 'fout', CLIENT)).resolves.toMatchObject({ reason: 'locked' });
  });

  test('when users are listed, changed and removed, then the file follows and holds no plain password', async () => {
    await users.add('beheerder', 'admin', 'nog een lang wachtwoord');
    expect(await users.list()).toEqual([
      { name: 'an.peeters', role: 'counsellor' },
      { name: 'beheerder', role: 'admin' },
    ]);
    await users.setPassword('beheerder', 'een nieuw lang wachtwoord');
    await expect(users.verify('beheerder', 'een nieuw lang wachtwoord')).resolves.toEqual({ name: 'beheerder', role: 'admin' });
    await expect(users.add('Beheerder', 'admin', 'nog een lang wachtwoord')).rejects.toThrow(/already exists/);
    await expect(users.add('kort', 'admin', 'kort')).rejects.toThrow(/at least 12/);
    await users.remove('beheerder');
    expect((await users.list()).map((u) => u.name)).toEqual(['an.peeters']);
    const { readFile } = await import('node:fs/promises');
    expect(await readFile(UserStore.file(dataDir), 'utf8')).not.toContain('wachtwoord');
  });
});
