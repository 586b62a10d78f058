import { MainDialog } from '../../dialogs/mainDialog.js';
import type { Profile } from '../../dialogs/profile.js';
import { perspectiveScript } from '../support/perspectiveScript.js';
import { dialogClient, harness, seedProfile, send, turnSize, type TurnReplies } from '../support/harness.js';

/** Issue 20: a turn must fit on a phone: at most 3 messages and about 600 characters, cards aside. */
const MAX_MESSAGES = 3;
const MAX_CHARACTERS = 600;

interface PlayedTurn {
  user: string;
  steps: string[];
  messages: number;
  characters: number;
}

/** Plays the messages in order (stopping after the summary) and measures every turn. */
async function measure(messages: readonly string[], seeded?: Profile): Promise<PlayedTurn[]> {
  const h = harness();
  if (seeded) seedProfile(h, seeded);
  const client = dialogClient(h, new MainDialog(h.services));
  const played: PlayedTurn[] = [];
  for (const user of messages) {
    const replies: TurnReplies = await send(client, user);
    played.push({ user, steps: replies.steps, ...turnSize(replies) });
    if (replies.steps.includes('summary')) break;
  }
  return played;
}

function tooLong(turns: readonly PlayedTurn[]): PlayedTurn[] {
  return turns.filter((turn) => turn.messages > MAX_MESSAGES || turn.characters > MAX_CHARACTERS);
}

/**
 * The turn that gives the outcome of a wish (its path, notes and nearby contacts, then the hand-over
 * offer) is still too long: issue 20 asks for it to be split, and this list shrinks when it is.
 */
const isOutcomeTurn = (turn: PlayedTurn) => turn.steps.some((step) => step.startsWith('outcome.'));

const emotional = [
  'eerlijk gezegd weet ik niet goed waar ik over vijf jaar sta, want nu voel ik me eigenlijk alleen maar moe en leeg en zie ik het allemaal niet zo zitten',
  'mijn mama denk ik, en mijn beste vriendin, die is er altijd voor mij geweest ook toen het thuis heel slecht ging en ik niet meer naar school wilde',
  'in het vierde jaar had ik een leerkracht die echt in mij geloofde, toen haalde ik goede punten en ging ik graag naar school, dat was een mooie tijd',
  'ze zeggen dat ik goed kan luisteren en dat ik altijd eerlijk ben, ook als dat moeilijk is, en dat ik grappig ben als ik me goed voel',
];

describe('a turn fits on a phone', () => {
  test('when a young person goes through the whole talk, then every turn but the outcome has at most 3 messages and 600 characters', async () => {
    const turns = await measure(['hoi', ...perspectiveScript.map((turn) => turn.say)]);
    expect(turns.at(-1)?.steps).toContain('summary');
    expect(turns.filter(isOutcomeTurn)).toHaveLength(1);
    expect(tooLong(turns.filter((turn) => !isOutcomeTurn(turn)))).toEqual([]);
  });

  test('when every answer is "weet ik nie", then every turn but the outcome stays short', async () => {
    const turns = await measure(['hoi', 'ja', ...Array<string>(40).fill('weet ik nie')]);
    expect(turns.at(-1)?.steps).toContain('summary');
    expect(tooLong(turns.filter((turn) => !isOutcomeTurn(turn)))).toEqual([]);
  });

  test('when the answers are long and emotional, then the reflections keep every turn short', async () => {
    const seeded: Profile = { consent: true, usefulFor: null, age: 18, school: 'stopped', qualification: 'none', place: null };
    const turns = await measure(['hoi', 'Verdergaan', ...emotional], seeded);
    expect(turns.at(-1)?.steps.at(-1)).toBe('intake.wish');
    expect(tooLong(turns)).toEqual([]);
  });

  test.failing('when the outcome of a wish comes, then it fits in 3 messages and 600 characters (not yet: issue 20)', async () => {
    const turns = await measure(['hoi', ...perspectiveScript.map((turn) => turn.say)]);
    expect(tooLong(turns.filter(isOutcomeTurn))).toEqual([]);
  });
});
