import { checkKnowledge } from '../../src/knowledge/contentCheck.js';
import { fixtureContent, realContent } from './fixtures.js';

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

  describe('answers that fit on a phone (issue 20)', () => {
    const { errors } = checkKnowledge(fixtureContent('long'), day('2026-04-01'));
    const about = (fragment: string) => errors.filter((error) => error.includes(fragment));

    test.each([
      ['an answer has more than 4 sentences', 'entry "zeta", field "answer": the answer is too long for a phone: 5 sentences (at most 4)'],
      ['an answer has more than 450 characters', 'entry "zeta", field "variants", entry #2, field "answer": the answer is too long for a phone:'],
      ['an answer has a web address', 'entry "zeta", field "variants", entry #1, field "answer": a web address in the text ("www.'],
      ['a "more" text has a web address', 'entry "zeta", field "more": a web address in the text ("zeta.be'],
      ['an entry has more than 3 links', 'entry "zeta", field "links": 4 links (at most 3'],
      ['an opening has an unknown placeholder', 'entry "zeta", field "naming", field "opening": unknown placeholder {officieel}'],
    ])('when %s, then it is an error that names the file, entry and field', (_case, message) => {
      expect(about(message)).toHaveLength(1);
      expect(about(message)[0]).toMatch(/long\/knowledge\/zeta\.yaml: /);
    });

    test('when a variant answer is two long sentences, then only its length is named, not its sentence count', () => {
      expect(about('field "variants", entry #2, field "answer"')[0]).toMatch(/characters \(at most 450\); move details to "more"$/);
    });

    test('when a text names an e-mail address, then that is not a web address', () => {
      expect(about('info@zeta')).toEqual([]);
    });

    test('when the real knowledge base is checked, then every answer fits on a phone', () => {
      const real = checkKnowledge(realContent, day('2026-11-22'));
      expect(real.errors).toEqual([]);
    });
  });
});
