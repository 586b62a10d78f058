import { MainDialog } from '../../dialogs/mainDialog.js';
import type { Profile } from '../../dialogs/profile.js';
import { distinctSteps, perspectiveScript } from '../support/perspectiveScript.js';
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

/** The turns that show the outcome path (in pages when it does not fit at once). */
const isOutcomeTurn = (turn: PlayedTurn) => turn.steps.some((step) => step.startsWith('outcome.'));

/** Long, emotional answers through the whole talk, from the desired future to the summary. */
const emotional = [
  'eerlijk gezegd weet ik niet goed waar ik over vijf jaar sta, want nu voel ik me eigenlijk alleen maar moe en leeg en zie ik het allemaal niet zo zitten',
  'mijn mama denk ik, en mijn beste vriendin, die is er altijd voor mij geweest ook toen het thuis heel slecht ging en ik niet meer naar school wilde',
  'in het vierde jaar had ik een leerkracht die echt in mij geloofde, toen haalde ik goede punten en ging ik graag naar school, dat was een mooie tijd',
  'die leerkracht, mevrouw Peeters, ze nam altijd de tijd om te luisteren als ik het moeilijk had, ook na de les, en ze lachte nooit met mij',
  'ze zeggen dat ik goed kan luisteren en dat ik altijd eerlijk ben, ook als dat moeilijk is, en dat ik grappig ben als ik me goed voel',
  'Ik weet het nog niet',
  'ja',
  'nee, nu nog niet, ik wil eerst zelf wat nadenken over wat ik echt wil en wat ik durf',
  'ik wil deze week de website van het CLB bekijken en opschrijven wat ik zou willen vragen als ik daar ooit naartoe ga',
  'ik kan goed luisteren, dus ik ga gewoon luisteren wat ze zeggen en dan eerlijk vertellen hoe het echt met mij gaat, ook al is dat moeilijk voor mij',
  '3',
  'ik heb al eens op hun website gekeken en mijn mama weet ervan, dat is al iets, ook al voelt het nog heel spannend',
  'als mijn mama meegaat naar het eerste gesprek, dan zou ik me al veel minder alleen voelen en zou ik het misschien wel durven',
  'mijn mama en mijn beste vriendin, die zeggen altijd dat ik het kan, ook al geloof ik dat zelf niet altijd, en dat helpt me echt',
  'dan ga ik wandelen met de hond en praat ik met mijn beste vriendin, die weet altijd wat ze moet zeggen als het even niet meer gaat',
  'dat ik hulp mag vragen en dat ik nog niet alles hoef te weten over later, dat geeft me rust in mijn hoofd',
  '6',
  'nee',
];

/** The follow-ups and the scale: only asked after a real answer. */
const FOLLOW_UP_AND_SCALE_STEPS = [
  'future.more',
  'future.different',
  'successes.did',
  'successes.person',
  'progress.strengths-used',
  'progress.confidence',
  'progress.confidence-basis',
  'progress.confidence-higher',
];

/** A profile whose outcome path is among the longest (content/paths.yaml), just before the outcome. */
const brussels17: Profile = {
  consent: true,
  usefulFor: null,
  age: 17,
  school: 'stopped',
  qualification: 'none',
  place: { region: 'brussel', postcode: '1080', municipality: 'Sint-Jans-Molenbeek' },
  future: null,
  futurePeople: null,
  success: null,
  strengths: null,
};

describe('a turn fits on a phone', () => {
  test('when a young person goes through the whole talk, then it goes as the shared script says and every turn has at most 3 messages and 600 characters', async () => {
    const turns = await measure(['hoi', ...perspectiveScript.map((turn) => turn.say)]);
    expect(turns.slice(1).map((turn) => ({ say: turn.user, steps: distinctSteps(turn.steps) }))).toEqual(
      perspectiveScript.map((turn) => ({ say: turn.say, steps: turn.expect })),
    );
    expect(turns.filter(isOutcomeTurn)).toHaveLength(3);
    expect(tooLong(turns)).toEqual([]);
  });

  test('when every answer is "weet ik nie", then every turn stays short and no follow-up or scale is asked', async () => {
    const turns = await measure(['hoi', 'ja', ...Array<string>(40).fill('weet ik nie')]);
    expect(turns.at(-1)?.steps).toContain('summary');
    expect(tooLong(turns)).toEqual([]);
    const steps = turns.flatMap((turn) => turn.steps);
    expect(steps.filter((step) => FOLLOW_UP_AND_SCALE_STEPS.includes(step))).toEqual([]);
  });

  test('when the answers are long and emotional, then the reflections keep every turn short to the summary', async () => {
    const seeded: Profile = { consent: true, usefulFor: null, age: 18, school: 'stopped', qualification: 'none', place: null };
    const turns = await measure(['hoi', 'Verdergaan', ...emotional], seeded);
    expect(turns.at(-1)?.steps).toContain('summary');
    expect(tooLong(turns)).toEqual([]);
    // A tired answer is heard, and gets no follow-up; the scale is asked about the next step.
    expect(turns[2]?.steps).toEqual(['future.desired', 'future.people']);
    expect(turns.flatMap((turn) => turn.steps)).toEqual(expect.arrayContaining(['progress.confidence', 'progress.confidence-basis', 'progress.confidence-higher']));
  });

  test.each(['study', 'work', 'combine', 'unsure'] as const)('when a 17-year-old in Brussels without a diploma chooses %s, then every outcome turn fits on a phone', async (wish) => {
    const seeded: Profile = { ...brussels17, wish };
    const turns = await measure(['hoi', 'Verdergaan', 'ja', 'ja', 'ja'], seeded);
    const outcome = turns.filter(isOutcomeTurn);
    expect(outcome.length).toBeGreaterThanOrEqual(1);
    expect(tooLong(outcome)).toEqual([]);
    expect(turns.flatMap((turn) => turn.steps)).toContain('referral.handover');
  });
});
