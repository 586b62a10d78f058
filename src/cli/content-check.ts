/** `npm run content:check`: validates every content file; exits 1 when there are errors. */
import { checkAllContent } from '../content/checkAll.js';
import { contentDir } from '../paths.js';

const report = checkAllContent(contentDir, new Date());
for (const warning of report.warnings) process.stdout.write(`warning: ${warning}\n`);
for (const error of report.errors) process.stdout.write(`error: ${error}\n`);
process.stdout.write(`content check: ${report.errors.length} errors, ${report.warnings.length} warnings\n`);
process.exit(report.errors.length > 0 ? 1 : 0);
