/**
 * Compiles content/ to dist/content.snapshot.json (run by `npm run build`), so that start-up takes
 * the parsed data from it instead of parsing every YAML file (src/content/snapshot.ts).
 */
import { parseYamlText } from '../content/yamlFile.js';
import { writeContentSnapshot } from '../content/snapshot.js';
import { contentDir, contentSnapshotFile } from '../paths.js';

const count = writeContentSnapshot(contentDir, contentSnapshotFile, parseYamlText);
process.stdout.write(`content snapshot: ${count} files in ${contentSnapshotFile}\n`);
