import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root and its content folder, independent of the working directory. */
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const contentDir = resolve(projectRoot, 'content');
