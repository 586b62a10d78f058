/**
 * `npm run console:user -- add NAME --role counsellor|admin | passwd NAME | remove NAME | list`:
 * manages the console's local accounts in `<DATA_DIR>/console/users.json`. A password is read from
 * stdin when it is piped in (first line), otherwise asked for twice without echo.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { isRole, ROLES, UserError, UserStore } from '../console/users.js';

const USAGE = `usage: console:user -- add NAME --role ${ROLES.join('|')} | passwd NAME | remove NAME | list`;

class UsageError extends Error {}

async function readPipedPassword(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  return text.split(/\r?\n/)[0] ?? '';
}

/** Asks on the terminal without showing what is typed. */
function ask(question: string): Promise<string> {
  return new Promise((resolve) => {
    const terminal = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write(question);
    let muted = true;
    (terminal as unknown as { _writeToOutput: (text: string) => void })._writeToOutput = (text: string) => {
      if (!muted) write(text);
    };
    terminal.question('', (answer) => {
      muted = false;
      terminal.close();
      process.stdout.write('\n');
      resolve(answer);
    });
  });
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) return readPipedPassword();
  const password = await ask('Password: ');
  if ((await ask('Password again: ')) !== password) throw new UserError('the passwords differ');
  return password;
}

function nameOf(positionals: string[]): string {
  const name = positionals[1];
  if (name === undefined || positionals.length > 2) throw new UsageError('give exactly one NAME');
  return name;
}

async function run(args: string[]): Promise<string> {
  let parsed;
  try {
    parsed = parseArgs({ args, strict: true, allowPositionals: true, options: { role: { type: 'string' } } });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { positionals, values } = parsed;
  const users = new UserStore(loadConfig().dataDir);
  switch (positionals[0]) {
    case 'add': {
      const name = nameOf(positionals);
      const role = values.role ?? '';
      if (!isRole(role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
      await users.add(name, role, await readPassword());
      return `added ${name} (${role})`;
    }
    case 'passwd': {
      const name = nameOf(positionals);
      await users.setPassword(name, await readPassword());
      return `changed the password of ${name}`;
    }
    case 'remove': {
      const name = nameOf(positionals);
      await users.remove(name);
      return `removed ${name}`;
    }
    case 'list':
      return (await users.list()).map((user) => `${user.name}\t${user.role}`).join('\n');
    default:
      throw new UsageError('give a command: add, passwd, remove or list');
  }
}

try {
  const output = await run(process.argv.slice(2));
  if (output !== '') process.stdout.write(`${output}\n`);
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`${error.message}\n${USAGE}\n`);
    process.exitCode = 2;
  } else if (error instanceof UserError) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
