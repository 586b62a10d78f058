import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The nearest folder at or above `dir` that holds package.json: the same from src/ and dist/src/. */
function findProjectRoot(dir: string): string {
  if (existsSync(join(dir, 'package.json'))) return dir;
  const parent = dirname(dir);
  if (parent === dir) throw new Error('package.json not found above the program');
  return findProjectRoot(parent);
}

/** The project root and its content folder, independent of the working directory. */
export const projectRoot = findProjectRoot(dirname(fileURLToPath(import.meta.url)));
export const contentDir = resolve(projectRoot, 'content');
/** Files the program serves as they are (styles, browser scripts), kept beside their sources. */
export const sourceDir = resolve(projectRoot, 'src');
/** Trained understanding models, made from content by `npm run build` (or on first use). */
export const modelsDir = resolve(projectRoot, 'dist', 'models');
/** Content YAML parsed at build time, so start-up need not parse it (src/content/snapshot.ts). */
export const contentSnapshotFile = resolve(projectRoot, 'dist', 'content.snapshot.json');
