import { redact } from '../../src/privacy/redact.js';

describe('dates of birth, handles, schools, classes and licence plates', () => {
  test.each([
    ['a date of birth with slashes', 'geboren 21/09/2008 in Gent', 'geboren [geboortedatum] in Gent', ['birthdate']],
    ['a date of birth with a degree sign', 'Sarah °12.01.2005', 'Sarah [geboortedatum]', ['birthdate']],
    ['a date of birth with a two-digit year after °', 'Tom °3/5/07', 'Tom [geboortedatum]', ['birthdate']],
    ['an ISO date of birth', 'born 2006-08-19', 'born [geboortedatum]', ['birthdate']],
    ['a written date of birth', 'ik ben geboren op 3 mei 2006', 'ik ben geboren op [geboortedatum]', ['birthdate']],
    ['a French date of birth', 'je suis née le 1er juin 2007', 'je suis née le [geboortedatum]', ['birthdate']],
    ['an English date of birth', 'born on March 17, 2005', 'born on [geboortedatum]', ['birthdate']],
    ['a handle with @', 'volg @kerem.yldz', 'volg [account]', ['handle']],
    ['a handle after a platform and a colon', 'snap: tibo.mrtns', 'snap: [account]', ['handle']],
    ['a handle after "is"', 'mijn insta is lottevdb', 'mijn insta is [account]', ['handle']],
    ['a handle after a platform and a space', 'tiktok jana_09 volgen', 'tiktok [account] volgen', ['handle']],
    ['a school with its class', 'ik zit in 4B in het Sint-Vincentiusinstituut', 'ik zit in [klas] in het [school]', ['class', 'school']],
    ['a school with its town', 'op het Koninklijk Atheneum Deurne', 'op het [school]', ['school']],
    ['a school abbreviation with its town', 'ik zit op het KTA Halle', 'ik zit op het [school]', ['school']],
    ['a class with a study direction', 'klas 6ELO is zwaar', 'klas [klas] is zwaar', ['class']],
    ['a licence plate', 'nummerplaat 2-MZP-618', 'nummerplaat [nummerplaat]', ['plate']],
    ['a licence plate without dashes, in lower case', 'de auto 1abc234 staat daar', 'de auto [nummerplaat] staat daar', ['plate']],
    ['an older licence plate after "nummerplaat"', 'nummerplaat ABC-123', 'nummerplaat [nummerplaat]', ['plate']],
  ])('when the text holds %s, then it is replaced', (_, text, expected, found) => {
    expect(redact(text)).toEqual({ text: expected, found });
  });

  test.each([
    ['an appointment date', 'mijn afspraak is op 12/03/2027'],
    ['a month and a year', 'ik ben gestopt in januari 2024'],
    ['a school year', 'ik zit in het 5de jaar'],
    ['a school type', 'ik zit in 5 BSO'],
    ['a school word on its own', 'School is saai'],
    ['a university college', 'ik wil naar de Hogeschool Gent'],
    ['the verb "snap" before a colon', 'als ik het goed snap: eerst inschrijven'],
    ['a platform and an everyday word', 'mijn insta is privé'],
    ['a duration', 'ik werk 5 uur 300 dagen per jaar'],
    ['a time and an amount', 'om 8u30 kost het 1 euro'],
  ])('when the text holds %s, then it is left as it is', (_, text) => {
    expect(redact(text)).toEqual({ text, found: [] });
  });
});

describe('handles announced as a user name, and French school names', () => {
  test.each([
    ['a handle after a platform and a comma', 'meestal op snapchat, kobe_vdb12', 'meestal op snapchat, [account]', ['handle']],
    ['a handle announced as "mijn naam daar"', 'op twitch is dat lowie.plays, lowie.plays is mijn naam daar', 'op twitch is dat lowie.plays, [account] is mijn naam daar', ['handle']],
    ['a handle after "gebruikersnaam:"', 'gebruikersnaam: xandertje', 'gebruikersnaam: [account]', ['handle']],
    ['a handle after "mon pseudo c\'est"', "mon pseudo c'est ines_du_13", "mon pseudo c'est [account]", ['handle']],
    ['an athénée with its town after "de"', "j'étais à l'Athénée Royal de Waterloo", "j'étais à [school]", ['school']],
    ['a lycée with a name', 'je suis au Lycée Émile Max', 'je suis au [school]', ['school']],
  ])('when the text holds %s, then it is replaced', (_, text, expected, found) => {
    expect(redact(text)).toEqual({ text: expected, found });
  });

  test.each([
    ['a word after a platform and a comma', 'ik zit veel op discord, vooral s avonds'],
    ['the word athénée on its own', "L'athénée est loin de chez moi"],
  ])('when the text holds %s, then it is kept', (_, text) => {
    expect(redact(text).text).toBe(text);
  });
});
