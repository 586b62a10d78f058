/**
 * `npm run chat`: talk to the bot in the terminal, on the same content and storage as `npm start`.
 * Suggested actions are shown as numbered choices; type the number or your own words.
 */
import { createInterface } from 'node:readline';
import type { Activity } from 'botbuilder';
import { loadConfig } from '../config.js';
import { createConversation } from '../index.js';
import { createLogger } from '../logger.js';
import { ConsoleAdapter } from './consoleAdapter.js';

function render(activity: Partial<Activity>): string {
  if (activity.type !== 'message') return '';
  const channelData = activity.channelData as { fallbackText?: unknown } | undefined;
  const text = activity.text ?? (typeof channelData?.fallbackText === 'string' ? channelData.fallbackText : '');
  const actions = (activity.suggestedActions?.actions ?? []).map((action, i) => `  ${i + 1}) ${action.title ?? String(action.value)}`);
  return [`bot> ${text.replace(/\n/g, '\n     ')}`, ...actions].join('\n');
}

async function main(): Promise<void> {
  const config = loadConfig();
  const conversation = await createConversation(config, { logger: createLogger('warn') });
  const adapter = new ConsoleAdapter((activity) => {
    const shown = render(activity);
    if (shown) process.stdout.write(`${shown}\n`);
  }, 'terminal-user');
  adapter.onTurnError = conversation.onTurnError;
  conversation.middleware.forEach((m) => adapter.use(m));
  const logic = (context: Parameters<typeof conversation.bot.run>[0]) => conversation.bot.run(context);

  await adapter.join(logic);
  const input = createInterface({ input: process.stdin, terminal: false });
  const prompt = () => process.stdout.write('jij> ');
  prompt();
  for await (const line of input) {
    if (!process.stdin.isTTY) process.stdout.write(`${line}\n`);
    if (line.trim() !== '') await adapter.say(line, logic);
    prompt();
  }
  await conversation.storage.flush?.();
  process.stdout.write('\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
