/**
 * `npm run train`: trains every understanding model from content/understanding/training and keeps
 * it in dist/models (run by `npm run build`, so `npm start` only loads). Prints what it did.
 */
import { contentDir, modelsDir } from '../paths.js';
import { Understanding } from '../understanding/understanding.js';

const started = Date.now();
Understanding.load(contentDir).warm();
process.stdout.write(`understanding models ready in ${modelsDir} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
