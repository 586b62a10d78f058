import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from '../../src/paths.js';
import { packageFirstNames } from '../../src/privacy/packageFirstNames.js';
import { PACKAGE_NAMES_FILE, packageFirstNamesFile } from '../../src/privacy/packageNamesFile.js';

describe('the first names taken from @faker-js/faker', () => {
  test('when the package is read again, then the content file holds exactly its names (else: npm run names:package)', () => {
    const names = packageFirstNames();
    expect(names.length).toBeGreaterThan(5000);
    expect(readFileSync(join(contentDir, PACKAGE_NAMES_FILE), 'utf8')).toBe(packageFirstNamesFile(names));
  });
});
