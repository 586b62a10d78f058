import { ageOn, readBirthDate } from '../../src/understanding/birthDate.js';

describe('ageOn', () => {
  test.each<[string, string, number]>([
    ['2008-05-20', '2026-05-20', 18],
    ['2008-05-20', '2026-05-19', 17],
    ['2008-02-29', '2026-02-28', 17],
    ['2008-02-29', '2026-03-01', 18],
  ])('when born on %s, then on %s the age is %p', (birth, day, age) => {
    const [by = 0, bm = 0, bd = 0] = birth.split('-').map(Number);
    const [ty = 0, tm = 0, td = 0] = day.split('-').map(Number);
    expect(ageOn({ year: by, month: bm, day: bd }, { year: ty, month: tm, day: td })).toBe(age);
  });
});

describe('readBirthDate', () => {
  const today = new Date('2026-06-15T12:00:00Z');

  test.each<[string, number | null, number]>([
    ['15/06/2010', 16, 1],
    ['16-6-10', 15, 1],
    ['06/30/2005', 20, 1],
    ['2005-13-13', null, 1],
    ['31/04/2005', null, 1],
    ['8 september 2000', 25, 3],
    ['8 sept 00', 25, 3],
    ['8 juni', null, 2],
    ['januari van 2003', 23, 3],
    ['juni 2003', null, 2],
    ['lente 2009', null, 2],
    ['herfst 2009', 16, 2],
  ])('when the text is "%s", then the age is %p over %p words', (text, age, length) => {
    expect(readBirthDate(text.split(' '), 0, today)).toEqual({ age, length });
  });

  test.each(['jaar 2008', 'maar 2008', 'vijftien', '2008'])('when "%s" holds no date at its start, then none is read', (text) => {
    expect(readBirthDate(text.split(' '), 0, today)).toBeNull();
  });
});
