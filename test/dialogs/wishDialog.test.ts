import { Replies } from '../../dialogs/replies.js';
import { WishDialog } from '../../dialogs/wishDialog.js';
import { Messages, type MessageVars } from '../../src/content/messages.js';
import { content, dialogClient, harness, play, send, storedProfile, type Harness } from '../support/harness.js';

const answers: Array<{ name: string; answers: string[]; wish: string | null }> = [
  { name: 'when the young person taps a button, then that outcome is chosen', answers: ['Werken en leren samen'], wish: 'combine' },
  { name: 'when the young person writes it in their own words, then the outcome is understood', answers: ['ik wil zo snel mogelijk geld verdienen met een job'], wish: 'work' },
  { name: 'when the young person doubts, then the outcome is "don\'t know yet"', answers: ['geen idee eigenlijk'], wish: 'unsure' },
  { name: 'when the answer is off-topic twice, then no outcome is kept', answers: ['pizza', 'gamen'], wish: null },
];

describe('WishDialog', () => {
  test.each(answers)('$name', async ({ answers: said, wish }) => {
    const h = harness();
    const client = dialogClient(h, new WishDialog(h.services));
    await play(client, [{ user: 'hoi', steps: ['intake.wish', 'intake.wish'], says: [/vier wegen/, /liefst/] }]);
    await play(
      client,
      said.map((user, i) => ({ user, steps: i < said.length - 1 ? ['intake.wish'] : [] })),
    );
    expect(storedProfile(h).wish).toBe(wish);
  });

  test.each([
    ['ik wil werken als kapster', 'work', 'kapper'],
    ['werken en leren, ik wil elektricien worden', 'combine', 'elektricien'],
    ['ik wil zo snel mogelijk geld verdienen met een job', 'work', undefined],
  ])('when the answer is "%s", then a job it names is kept as an id, never in their words', async (said, wish, occupation) => {
    const h = harness();
    const client = dialogClient(h, new WishDialog(h.services));
    await send(client, 'hoi');
    await send(client, said);
    expect(storedProfile(h)).toMatchObject({ wish });
    expect(storedProfile(h).occupation).toBe(occupation);
    expect(JSON.stringify(storedProfile(h))).not.toContain(said);
  });
});

/** The real messages with one text changed (or removed, when null), as after an edit of the content. */
class Edited extends Messages {
  constructor(private readonly edits: Readonly<Record<string, string | null>>) {
    super(new Map());
  }

  override has(key: string): boolean {
    return key in this.edits ? this.edits[key] !== null : content().messages.has(key);
  }

  override text(key: string, vars?: MessageVars): string {
    const edited = this.edits[key];
    if (edited === null) throw new Error(`unknown message key "${key}"`);
    return edited ?? content().messages.text(key, vars);
  }
}

/** The key of the test conversation's state in the in-memory storage. */
const conversationKey = (h: Harness) => Object.keys(h.memory).find((key) => key.includes('/conversations/')) ?? '';

/** The state of the waiting slot prompt, wherever it sits in the stored dialog stack. */
function promptState(node: unknown): { options: Record<string, unknown> } | undefined {
  if (typeof node !== 'object' || node === null) return undefined;
  if ('id' in node && node.id === 'slotPrompt' && 'state' in node) return node.state as { options: Record<string, unknown> };
  for (const child of Object.values(node)) {
    const found = promptState(child);
    if (found) return found;
  }
  return undefined;
}

describe('WishDialog: the waiting question in the dialog state', () => {
  test('when the question waits, then the stored state holds its keys and not its text', async () => {
    const h = harness();
    await play(dialogClient(h, new WishDialog(h.services)), [{ user: 'hoi', steps: ['intake.wish', 'intake.wish'] }]);
    const stored = String(h.memory[conversationKey(h)]);
    expect(promptState(JSON.parse(stored))?.options).toEqual({
      validations: { slot: 'wish', step: 'intake.wish', key: 'wish.ask', retryKey: 'wish.retry', buttons: true },
    });
    expect(stored).not.toContain(content().messages.text('wish.ask'));
  });

  test('when the wording changes while the question waits, then the re-ask uses the new words and buttons', async () => {
    const h = harness();
    await play(dialogClient(h, new WishDialog(h.services)), [{ user: 'hoi', steps: ['intake.wish', 'intake.wish'] }]);
    const later = dialogClient(h, new WishDialog({ ...h.services, replies: new Replies(new Edited({ 'wish.retry': 'Kies gerust een knop.' })) }));
    const replies = await send(later, 'pizza');
    expect(replies.steps).toEqual(['intake.wish']);
    // The test channel shows buttons as a numbered list (ChannelFallback).
    expect(replies.texts).toEqual(['Kies gerust een knop.\n1. Op een andere manier leren\n2. Gaan werken\n3. Werken en leren samen\n4. Ik weet het nog niet']);
  });

  test.each<{ name: string; edits: Record<string, null>; text: RegExp }>([
    { name: 'its re-ask is gone, then the question itself comes', edits: { 'wish.retry': null }, text: /^Wat wil je nu het liefst doen\?/ },
    { name: 'both its texts are gone, then the bot asks for an answer to its previous question', edits: { 'wish.retry': null, 'wish.ask': null }, text: /^Kan je nog eens antwoorden op mijn vorige vraag\?/ },
  ])('when a waiting question was kept by an older version and $name', async ({ edits, text }) => {
    const h = harness();
    await play(dialogClient(h, new WishDialog(h.services)), [{ user: 'hoi', steps: ['intake.wish', 'intake.wish'] }]);
    const later = dialogClient(h, new WishDialog({ ...h.services, replies: new Replies(new Edited(edits)) }));
    const replies = await send(later, 'pizza');
    expect(replies.steps).toEqual(['intake.wish']);
    expect(replies.texts.join('\n')).toMatch(text);
    await play(later, [{ user: 'Gaan werken', steps: [] }]);
    expect(storedProfile(h).wish).toBe('work');
  });

  test('when a conversation was saved with the messages in the prompt options, then its re-ask still comes', async () => {
    const h = harness();
    const client = dialogClient(h, new WishDialog(h.services));
    await play(client, [{ user: 'hoi', steps: ['intake.wish', 'intake.wish'] }]);
    const key = conversationKey(h);
    const state: unknown = JSON.parse(String(h.memory[key]));
    const prompt = promptState(state);
    if (!prompt) throw new Error('no waiting slot prompt in the stored state');
    prompt.options = {
      prompt: { type: 'message', text: 'Wat kies je?', channelData: { step: 'intake.wish' } },
      retryPrompt: { type: 'message', text: 'Kies een weg.', channelData: { step: 'intake.wish' } },
      validations: { slot: 'wish' },
    };
    h.memory[key] = JSON.stringify(state);
    const replies = await send(client, 'pizza');
    expect({ steps: replies.steps, texts: replies.texts }).toEqual({ steps: ['intake.wish'], texts: ['Kies een weg.'] });
    await play(client, [{ user: 'Gaan werken', steps: [] }]);
    expect(storedProfile(h).wish).toBe('work');
  });
});
