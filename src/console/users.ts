import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { hashPassword, MIN_PASSWORD_LENGTH, UNUSABLE_PASSWORD_HASH, verifyPassword } from './passwords.js';

export type Role = 'counsellor' | 'admin';
export const ROLES: readonly Role[] = ['counsellor', 'admin'];

export function isRole(value: string): value is Role {
  return ROLES.some((role) => role === value);
}

/** Who is signed in to the console. */
export interface ConsoleUser {
  name: string;
  role: Role;
}

interface StoredUser extends ConsoleUser {
  passwordHash: string;
  createdAt: string;
}

interface UsersFile {
  users: StoredUser[];
}

export class UserError extends Error {}

const NAME = /^[\p{L}\p{N}._@-]{2,64}$/u;

/** Local console accounts in `<DATA_DIR>/console/users.json` with scrypt-hashed passwords. */
export class UserStore {
  private readonly db: Low<UsersFile>;
  private readonly path: string;

  constructor(dataDir: string) {
    this.path = UserStore.file(dataDir);
    this.db = new Low<UsersFile>(new JSONFile(this.path), { users: [] });
  }

  static file(dataDir: string): string {
    return join(dataDir, 'console', 'users.json');
  }

  async add(name: string, role: Role, password: string): Promise<void> {
    if (!NAME.test(name)) throw new UserError(`"${name}" is not a valid name: 2-64 letters, digits, . _ @ or -`);
    checkPassword(password);
    await this.db.read();
    if (this.find(name)) throw new UserError(`a user named "${name}" already exists`);
    this.db.data.users.push({ name, role, passwordHash: await hashPassword(password), createdAt: new Date().toISOString() });
    await this.save();
  }

  async list(): Promise<ConsoleUser[]> {
    await this.db.read();
    return this.db.data.users.map(({ name, role }) => ({ name, role }));
  }

  async remove(name: string): Promise<void> {
    await this.db.read();
    const user = this.require(name);
    this.db.data.users = this.db.data.users.filter((u) => u !== user);
    await this.save();
  }

  async setPassword(name: string, password: string): Promise<void> {
    checkPassword(password);
    await this.db.read();
    this.require(name).passwordHash = await hashPassword(password);
    await this.save();
  }

  /** The user when the password is right; takes as long for an unknown name as for a wrong password. */
  async verify(name: string, password: string): Promise<ConsoleUser | undefined> {
    await this.db.read();
    const user = this.find(name);
    const matches = await verifyPassword(password, user?.passwordHash ?? UNUSABLE_PASSWORD_HASH);
    return user && matches ? { name: user.name, role: user.role } : undefined;
  }

  private async save(): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true, mode: 0o700 });
    await this.db.write();
  }

  private find(name: string): StoredUser | undefined {
    const wanted = name.toLowerCase();
    return this.db.data.users.find((user) => user.name.toLowerCase() === wanted);
  }

  private require(name: string): StoredUser {
    const user = this.find(name);
    if (!user) throw new UserError(`no user named "${name}"`);
    return user;
  }
}

function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new UserError(`a password needs at least ${MIN_PASSWORD_LENGTH} characters`);
  }
}
