import { hashPassword, UNUSABLE_PASSWORD_HASH, verifyPassword } from '../../src/console/passwords.js';

describe('password hashing', () => {
  test('when a password is hashed, then only that password verifies and the hash does not contain it', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(hash).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(hash).not.toContain('correct horse');
    await expect(verifyPassword('correct horse battery', hash)).resolves.toBe(true);
    await expect(verifyPassword('correct horse batterY', hash)).resolves.toBe(false);
  });

  test('when the same password is hashed twice, then the salts differ', async () => {
    expect(await hashPassword('same password 1')).not.toEqual(await hashPassword('same password 1'));
  });

  test('when a stored hash is malformed or the placeholder, then nothing verifies', async () => {
    await expect(verifyPassword('x', 'plain-text')).resolves.toBe(false);
    await expect(verifyPassword('x', 'scrypt$abc$8$1$AAAA$BBBB')).resolves.toBe(false);
    await expect(verifyPassword('', UNUSABLE_PASSWORD_HASH)).resolves.toBe(false);
  });
});
