import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import { MainDialog } from '../../dialogs/mainDialog.js';
import { projectRoot } from '../../src/paths.js';
import { findCodes } from '../../src/comeback/returnCode.js';
import { dialogClient, harness, send } from '../support/harness.js';
import { perspectiveScript } from '../support/perspectiveScript.js';

/**
 * docs/example-conversation.md is one whole talk as the bot holds it, produced by the real dialogs
 * and content (the shared script of test/support/perspectiveScript.ts, on a channel with buttons
 * and cards). When the bot or its texts change, this test fails until the example is made again:
 * UPDATE_EXAMPLE=1 node --experimental-vm-modules node_modules/jest/bin/jest.js test/dialogs/exampleConversation.test.ts
 */
const EXAMPLE = join(projectRoot, 'docs', 'example-conversation.md');

const SAMPLE_CODE = 'K7M-4QX-9TB';

const HEADER = `# Example conversation

One whole conversation as the bot holds it, for content editors: a 17-year-old in Gent who stopped
school without a diploma. Made by the bot itself (the real dialogs and \`content/\`), from the script
in \`test/support/perspectiveScript.ts\`; \`test/dialogs/exampleConversation.test.ts\` fails when it is
out of date and says how to make it again. Buttons are shown as [Knop]; cards as their text, quoted.
Each bot message names its step (\`channelData.step\`). The personal code to come back is new in
every talk; here it is shown as ${SAMPLE_CODE}.
`;

function botLines(activity: Partial<Activity>): string[] {
  const step = String((activity.channelData as { step?: unknown } | undefined)?.step ?? '');
  const fallback = (activity.channelData as { fallbackText?: unknown } | undefined)?.fallbackText;
  const buttons = (activity.suggestedActions?.actions ?? []).map((action) => `[${action.title ?? ''}]`).join(' ');
  const body =
    typeof fallback === 'string'
      ? fallback
          .split('\n')
          .map((line) => `> ${line}`)
          .join('\n')
      : (activity.text ?? '').replace(/\n/g, '  \n');
  return [`**Bot** (\`${step}\`): ${typeof fallback === 'string' ? '*(kaart)*\n\n' : ''}${body}${buttons ? `  \n${buttons}` : ''}`, ''];
}

async function render(): Promise<string> {
  const h = harness();
  const client = dialogClient(h, new MainDialog(h.services), 'webchat');
  const lines: string[] = [HEADER];
  for (const user of ['hoi', ...perspectiveScript.map((turn) => turn.say)]) {
    const replies = await send(client, user);
    lines.push(`**Jongere:** ${user}`, '');
    for (const activity of replies.activities.filter((a) => a.type === 'message')) lines.push(...botLines(activity));
  }
  return withSampleCodes(`${lines.join('\n').trimEnd()}\n`);
}

/** The personal return code and link are new in every talk: the example shows one sample code. */
function withSampleCodes(text: string): string {
  let shown = text;
  for (const { start, end } of findCodes(text).reverse()) shown = `${shown.slice(0, start)}${SAMPLE_CODE}${shown.slice(end)}`;
  return shown.replace(/\/terug\/[A-Za-z0-9_-]+/g, '/terug/…');
}

describe('the example conversation in docs/', () => {
  test('when the example is read, then it is exactly what the bot says in that talk today', async () => {
    const rendered = await render();
    if (process.env['UPDATE_EXAMPLE'] === '1') writeFileSync(EXAMPLE, rendered);
    expect(readFileSync(EXAMPLE, 'utf8')).toBe(rendered);
    expect(rendered).toMatch(/`summary`/);
  });
});
