import { WishDialog } from '../../dialogs/wishDialog.js';
import { dialogClient, harness, play, storedProfile } from '../support/harness.js';

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
});
