import { stringify } from 'yaml';
import { z } from 'zod';

/** The name of the content file with the package's first names. */
export const PACKAGE_NAMES_FILE = 'privacy-package-names.yaml';

export const packageNamesSchema = z.strictObject({ names: z.array(z.string().trim().min(1)).min(1) });

const HEADER = `# First names from the locale data of @faker-js/faker (Belgian Dutch and French, Dutch, French,
# German, English, Italian, Spanish, Portuguese, Polish, Romanian, Turkish). Written by
# \`npm run names:package\`; do not edit by hand. The redactor takes them for names only when
# capitalised, and never those listed under packageNameExceptions in privacy-names.yaml.
`;

const LINE_WIDTH = 100;

/** The content file's text for these names: one flow list, wrapped, each name quoted where YAML needs it. */
export function packageFirstNamesFile(names: readonly string[]): string {
  const lines: string[] = [];
  let line = '';
  for (const name of names.map((n) => `${stringify(n).trim()},`)) {
    if (line !== '' && line.length + name.length + 1 > LINE_WIDTH) {
      lines.push(line);
      line = '';
    }
    line = line === '' ? `  ${name}` : `${line} ${name}`;
  }
  lines.push(line.replace(/,$/, ''));
  return `${HEADER}names: [\n${lines.join('\n')}]\n`;
}
