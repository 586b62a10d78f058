import { redact } from '../../src/privacy/redact.js';

describe('names', () => {
  test.each([
    ['"ik heet" and a name', 'ik heet Sarah', 'ik heet [naam]'],
    ['"ik heet" and a lower-case name', 'hoi ik heet sarah', 'hoi ik heet [naam]'],
    ['"ik heet", a filler and a name', 'ik heet eigenlijk Sarah', 'ik heet eigenlijk [naam]'],
    ['"mijn naam is" and a full name with particles', 'mijn naam is Sarah Van den Broeck', 'mijn naam is [naam]'],
    ['"mijn voornaam is" with a colon', 'mijn voornaam is: Lotte', 'mijn voornaam is: [naam]'],
    ['"ik ben" and a capitalised name', 'ik ben Sarah en ik ben 17', 'ik ben [naam] en ik ben 17'],
    ['"ik ben" and a full name', 'Ik ben Mohamed El Amrani, 19 jaar', 'Ik ben [naam], 19 jaar'],
    ['"ik ben" and a hyphenated name', 'ik ben Anne-Sophie.', 'ik ben [naam].'],
    ['the Flemish "ik noem"', 'ik noem Jonas', 'ik noem [naam]'],
    ['the French "je m’appelle"', "je m'appelle Yasmine", "je m'appelle [naam]"],
  ])('when the text holds %s, then the name is replaced by the name marker', (_, text, expected) => {
    expect(redact(text)).toEqual({ text: expected, found: ['name'] });
  });

  test.each([
    ['an age', 'ik ben 17'],
    ['a feeling', 'ik ben moe'],
    ['a situation', 'ik ben gestopt met school'],
    ['a capitalised feeling in capitals', 'IK BEN MOE'],
    ['an origin', 'Ik ben Belg'],
    ['a place', 'ik ben in Gent'],
    ['a lower-case word after "ik ben"', 'ik ben sarah'],
    ['a lower-case word after "ik noem"', 'ik noem dat raar'],
    ['an everyday word after "mijn naam is"', 'mijn naam is geheim'],
    ['a name of someone else', 'mijn broer Tom zit ook thuis'],
  ])('when the text holds %s, then it is left as it is', (_, text) => {
    expect(redact(text)).toEqual({ text, found: [] });
  });
});
