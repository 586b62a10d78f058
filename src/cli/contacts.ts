/**
 * `npm run --silent contacts -- [--postcode 1080] [--municipality Gent] [--age 17] [--wish study|--outcome talk]`:
 * prints the contacts the bot would suggest, as one pretty JSON array, using the bot's own code.
 */
import { parseArgs } from 'node:util';
import { ContactDirectory, OUTCOMES, type Outcome } from '../contacts/directory.js';
import { type ContactQuery, selectContacts } from '../contacts/selectContacts.js';
import { contentDir } from '../paths.js';

const USAGE =
  'usage: contacts [--postcode NNNN] [--municipality NAME] [--age 12-30] [--wish|--outcome study|work|combine|unsure|talk]';

class UsageError extends Error {}

function isOutcome(value: string): value is Outcome {
  return OUTCOMES.some((outcome) => outcome === value);
}

function parseQuery(args: string[], directory: ContactDirectory): ContactQuery {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      strict: true,
      options: {
        postcode: { type: 'string' },
        municipality: { type: 'string' },
        age: { type: 'string' },
        wish: { type: 'string' },
        outcome: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { postcode, municipality, age, wish, outcome } = parsed.values;
  const query: ContactQuery = {};
  if (postcode !== undefined) {
    if (!/^\d{4}$/.test(postcode)) throw new UsageError(`--postcode must be 4 digits, not "${postcode}"`);
    query.postcode = postcode;
  }
  if (municipality !== undefined) {
    const found = directory.municipalities.named(municipality) ?? directory.municipalities.find(municipality)?.municipality;
    if (!found) throw new UsageError(`--municipality "${municipality}" is not a municipality in Flanders or Brussels`);
    query.municipality = found.name;
  }
  if (age !== undefined) {
    const value = Number(age);
    if (!/^\d+$/.test(age) || value < 12 || value > 30) throw new UsageError(`--age must be a whole number from 12 to 30, not "${age}"`);
    query.age = value;
  }
  if (wish !== undefined && outcome !== undefined && wish !== outcome) {
    throw new UsageError('give --wish or --outcome, not two different values');
  }
  const wanted = wish ?? outcome;
  if (wanted !== undefined) {
    if (!isOutcome(wanted)) throw new UsageError(`--wish/--outcome must be one of ${OUTCOMES.join(', ')}, not "${wanted}"`);
    query.outcome = wanted;
  }
  return query;
}

function main(): void {
  const directory = ContactDirectory.load(contentDir);
  let query: ContactQuery;
  try {
    query = parseQuery(process.argv.slice(2), directory);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n${USAGE}\n`);
    process.exit(2);
  }
  process.stdout.write(`${JSON.stringify(selectContacts(directory, query), null, 2)}\n`);
}

try {
  main();
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
