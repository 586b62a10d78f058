import { checkKnowledge } from '../../src/knowledge/contentCheck.js';
import { fixtureContent } from './fixtures.js';

const day = (iso: string): Date => new Date(`${iso}T12:00:00Z`);

describe('checkKnowledge', () => {
  test('when the content is valid and up to date, then there are no errors and no warnings', () => {
    expect(checkKnowledge(fixtureContent('valid'), day('2026-11-22'))).toEqual({ errors: [], warnings: [] });
  });

  test('when the content has schema and reference problems, then they are errors', () => {
    const { errors } = checkKnowledge(fixtureContent('broken'), day('2026-11-22'));
    expect(errors.length).toBeGreaterThanOrEqual(5);
  });

  test.each([
    ['a review date has passed', '2026-07-01', 'entry "delta", field "reviewBy": the review date 2026-06-01 has passed'],
    ['a source was checked after today', '2026-02-01', 'entry "delta", field "sources", entry #1, field "checked": 2026-03-01 is in the future'],
    ['a variant has a sentence over 25 words', '2026-04-01', 'entry "delta", field "variants", entry #1, field "answer": a sentence of 31 words'],
    ['two entries share an example question', '2026-04-01', 'entry "epsilon", field "questions", entry #2: the same question is in entry "delta"'],
  ])('when %s, then a warning names the file, entry and field', (_case, today, message) => {
    const { errors, warnings } = checkKnowledge(fixtureContent('warnings'), day(today));
    expect(errors).toEqual([]);
    expect(warnings.filter((warning) => warning.includes(message))).toHaveLength(1);
    expect(warnings.find((warning) => warning.includes(message))).toMatch(/warnings\/knowledge\/(delta|epsilon)\.yaml: /);
  });

  test('when the short answers are checked, then they raise no sentence warnings', () => {
    const { warnings } = checkKnowledge(fixtureContent('warnings'), day('2026-04-01'));
    expect(warnings.filter((warning) => warning.includes('field "answer": a sentence') && !warning.includes('variants'))).toEqual([]);
  });
});
