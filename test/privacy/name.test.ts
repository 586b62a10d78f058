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
    ['a lower-case first name after "ik ben"', 'ik ben lotte wouters', 'ik ben [naam]'],
    ['a sister with a full name', 'mijn zus Fatima El Idrissi zoekt werk', 'mijn zus [naam] zoekt werk'],
    ['a friend with a lower-case first name', 'mijn beste vriendin is noa peeters, ze helpt me', 'mijn beste vriendin is [naam], ze helpt me'],
    ['a teacher with a title', 'meneer Vandenbroucke van wiskunde', 'meneer [naam] van wiskunde'],
    ['a teacher whose surname is also a place', 'juf Van Gent zegt dat', 'juf [naam] zegt dat'],
    ['a teacher in lower case', 'juf verlinden zegt dat', 'juf [naam] zegt dat'],
    ['a French relative', 'ma sœur Aïcha Benali cherche un job', 'ma sœur [naam] cherche un job'],
    ['a known first name with a surname anywhere', 'Voor het formulier: Tibo Martens, 17', 'Voor het formulier: [naam], 17'],
    ['a lower-case full name opening a message', 'hoi, elif demir, 18 jaar, zoek werk', 'hoi, [naam], 18 jaar, zoek werk'],
    ['a name on an account', 'op naam van Kwame Mensah', 'op naam van [naam]'],
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
    ['a lower-case word after "ik ben" that is no first name', 'ik ben stil'],
    ['a lower-case word after "ik noem"', 'ik noem dat raar'],
    ['an everyday word after "mijn naam is"', 'mijn naam is geheim'],
    ['a word for a person and a verb', 'mijn broer zit ook thuis'],
    ['"juf" used as a noun', 'de juf zei dat ik beter moet opletten'],
    ['an English title used as a verb', 'i miss my cousins so much'],
    ['a first name that is an everyday word in lower case', 'elke maandag hetzelfde, ik ben te laat'],
    ['"said" after a word for a person', 'my dad said he would come'],
    ['an organisation named after a person', 'ik heb gesolliciteerd bij Jules Destrooper in Lo'],
    ['an organisation from the list', 'werken bij Jan De Nul in Aalst'],
    ['a hospital named after a person', 'mijn stage is in het AZ Jan Palfijn'],
    ['a name after an abbreviation', 'het VCLB Pieter Breughel helpt je'],
  ])('when the text holds %s, then it is left as it is', (_, text) => {
    expect(redact(text)).toEqual({ text, found: [] });
  });
});

describe('first names from the package list', () => {
  test('when a capitalised first name that only the package list knows is followed by a surname, then it is replaced', () => {
    expect(redact('Voor de inschrijving: Anouk Claessens, 18').text).toBe('Voor de inschrijving: [naam], 18');
  });

  test('when a package name that is an everyday word opens a sentence before a capitalised word, then it is kept', () => {
    const text = 'Floor Manager is mijn droomjob';

    expect(redact(text).text).toBe(text);
  });
});
