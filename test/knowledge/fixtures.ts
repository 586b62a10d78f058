import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** Content folders holding only a knowledge/ folder, for the knowledge-base tests. */
export const fixtureContent = (name: 'valid' | 'broken' | 'warnings' | 'long'): string =>
  join(here, '..', 'fixtures', 'knowledge', name);

/** The real content folder, for the language data (stop words, places). */
export const realContent = resolve(here, '..', '..', 'content');
