/**
 * `npm run names:package`: writes the first names of @faker-js/faker's locales into
 * content/privacy-package-names.yaml, which the redactor reads (src/privacy/nameLexicon.ts). Run it
 * after updating the package; test/privacy/packageNames.test.ts fails while the file is behind.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from '../paths.js';
import { packageFirstNamesFile } from '../privacy/packageNamesFile.js';
import { packageFirstNames } from '../privacy/packageFirstNames.js';

const file = join(contentDir, 'privacy-package-names.yaml');
writeFileSync(file, packageFirstNamesFile(packageFirstNames()));
process.stdout.write(`${file}: written\n`);
