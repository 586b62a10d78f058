import { recognizeAge } from '../../src/understanding/age.js';

const today = new Date('2025-03-10T12:00:00Z');

type Example = [text: string, age: number | null];

describe('recognizeAge', () => {
  test.each<Example>([
    ['16', 16],
    ['ik ben 21', 21],
    ["'k ben 14 jaar", 14],
    ['kben 20', 20],
    ['k zen 18', 18],
    ['ik heb 23 jaar', 23],
    ['27j', 27],
    ['19jr', 19],
    ['een 18-jarige', 18],
    ['20 jaar oud', 20],
    ['18+', 18],
    ['ik ben 16,5 jaar', 16],
  ])('when the age is given in digits ("%s"), then it is %p', (text, age) => {
    expect(recognizeAge(text, today)).toBe(age);
  });

  test.each<Example>([
    ['dertien', 13],
    ['ik ben veertien', 14],
    ['achttien jaar', 18],
    ['zesentwintig', 26],
    ['vijfentwintig jaartjes', 25],
    ['tweeëntwintig', 22],
    ['drieentwintig', 23],
    ['twee en twintig jaar', 22],
    ['acht-en-twintig', 28],
    ['zeventein', 17],
    ['negetien', 19],
    ['vijftein jaar', 15],
    ['achtien', 18],
    ['twintg', 20],
  ])('when the age is written in Dutch words, even misspelt ("%s"), then it is %p', (text, age) => {
    expect(recognizeAge(text, today)).toBe(age);
  });

  test.each<Example>([
    ['bijna 16', 15],
    ['ik ben bijna achttien', 17],
    ['17 en een half', 17],
    ['ik ben 19 en half', 19],
    ['ik word 22 in april', 21],
    ['volgende week word ik 18', 17],
    ['binnenkort 25', 24],
    ['over 2 jaar word ik 20', 18],
    ['vorige maand 16 geworden', 16],
    ['ik werd gisteren 24', 24],
    ['vorig jaar ben ik 17 geworden', 18],
    ['3 jaar geleden werd ik 15', 18],
    ['20 jaar geleden geboren', 20],
  ])('when the age is said relative to a birthday ("%s"), then it is %p', (text, age) => {
    expect(recognizeAge(text, today)).toBe(age);
  });

  test.each<Example>([
    ['10/03/2007', 18],
    ['11/03/2007', 17],
    ['geboren op 9-3-2007', 18],
    ['15.01.2010', 15],
    ['15 01 2010', 15],
    ['2004-12-31', 20],
    ['2001/02/03', 24],
    ['1/2/09', 16],
    ['ik ben geboren op 10 maart 2005', 20],
    ['op 1ste juli 2006', 18],
    ['27 okt 2000', 24],
    ['14 febuari 2011', 14],
    ['3 agustus 2003', 21],
    ['29/02/2008', 17],
  ])('when a full birth date is given ("%s"), then the age on the day is %p', (text, age) => {
    expect(recognizeAge(text, today)).toBe(age);
  });

  test.each<Example>([
    ['ik ben van juni 2008', 16],
    ['februari 2006', 19],
    ['geboren in 09/2004', 20],
    ['in de zomer van 2001 geboren', 23],
    ['eind 2009', 15],
    ['maart 2007', null],
    ['geboren in 2005', null],
    ['winter van 2004', null],
    ['geboren op 4 mei', null],
  ])('when a partial birth date is given ("%s"), then the age is %p only if the date fixes it', (text, age) => {
    expect(recognizeAge(text, today)).toBe(age);
  });

  test.each<Example>([
    ['ik ben 19, bijna 20', 19],
    ['ik ben 15 maar in de zomer word ik 16', 15],
    ['mijn zus is 24 en ik ben 18', 18],
    ['ik ben 17 en heb een broer van 21', 17],
    ['me broer is 25, ik 20', 20],
    ['ik heb 3 katten en ben 22', 22],
    ['ik ben 16 en zit in het 4de jaar', 16],
    ['ik ben 18 jaar en 7 maanden', 18],
    ['ik ben 23 en woon al 4 jaar alleen', 23],
    ['toen ik 14 was ben ik gestopt, nu ben ik 17', 17],
    ['ik ben 20, geboren in 2004', 20],
  ])('when several numbers occur ("%s"), then the user\'s own age now is %p', (text, age) => {
    expect(recognizeAge(text, today)).toBe(age);
  });

  test.each<Example>([
    ['waarom vraag je dat?', null],
    ['dat zeg ik niet', null],
    ['hoe oud ben jij zelf?', null],
    ['jong genoeg', null],
    ['ik zit in het zesde jaar', null],
    ['ik zit in 5 tso', null],
    ['ik heb een zus van 19', null],
    ['als ik 18 ben wil ik gaan werken', null],
    ['ik ben nog geen 16', null],
    ['ouder dan 21', null],
    ['ik voel me 50', null],
    ['ik ben 200 jaar haha', null],
    ['01/01/2020', null],
    ['12/12/2030', null],
  ])('when the answer holds no age of the user ("%s"), then it is %p', (text, age) => {
    expect(recognizeAge(text, today)).toBe(age);
  });

  test.each<Example>([
    ['ik ben 3 jaar', null],
    ['11', null],
    ['12', 12],
    ['30', 30],
    ['31', null],
    ['eenendertig', null],
  ])('when the age is at or past the edge of the served 12-30 ("%s"), then it is %p', (text, age) => {
    expect(recognizeAge(text, today)).toBe(age);
  });
});
