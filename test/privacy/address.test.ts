import { redact } from '../../src/privacy/redact.js';

describe('street addresses', () => {
  test.each([
    ['a compound street name', 'ik woon in de Kerkstraat 12', 'ik woon in de [adres]'],
    ['a compound street name in lower case', 'ik woon in de kerkstraat 12', 'ik woon in de [adres]'],
    ['a street name of several words with a box', 'ik woon in de Lange Nieuwstraat 5 bus 2', 'ik woon in de [adres]'],
    ['a street name with particles', 'Frans Van Cauwelaertlaan 2', '[adres]'],
    ['a lei', 'op de Frankrijklei 112', 'op de [adres]'],
    ['a steenweg', 'Brusselsesteenweg 250', '[adres]'],
    ['a standalone capitalised street word', 'aan de Grote Markt 1', 'aan de [adres]'],
    ['a dreef with a letter after the number', 'Beukendreef 7a', '[adres]'],
    ['a kaai with a box after a slash', 'ik woon Henegouwenkaai 29/3', 'ik woon [adres]'],
    ['a house number after "nr."', 'Kerkstraat nr. 12', '[adres]'],
    ['a French street', 'rue Haute 123', '[adres]'],
    ['a French street with particles and a box', 'avenue de la Couronne 54 bte 3', '[adres]'],
    ['a chaussée with a four-digit number', 'chaussée de Wavre 1050', '[adres]'],
    ['a French address with the number first', 'j’habite 16, rue de la Loi', 'j’habite [adres]'],
    ['an address with postcode and town', 'Kerkstraat 12, 9000 Gent', '[adres], 9000 Gent'],
    ['an address in a longer sentence', 'ik ben 17 jaar en woon in de Kerkstraat 12 in 9000 Gent', 'ik ben 17 jaar en woon in de [adres] in 9000 Gent'],
  ])('when the text holds %s, then it is replaced by the address marker', (_, text, expected) => {
    expect(redact(text)).toEqual({ text: expected, found: ['address'] });
  });

  test.each([
    ['a postcode with its town', 'ik woon in 9000 Gent'],
    ['a town only', 'ik woon in Sint-Niklaas'],
    ['a street without a number', 'ik woon op de Grote Markt'],
    ['a street followed by a postcode and town', 'Kerkstraat 9000 Gent'],
    ['a job and a number of days', 'ik zoek een baan 2 dagen per week'],
    ['a road and hours', 'ik ben onderweg 2 uur'],
    ['a supermarket and days', 'ik werk in de supermarkt 3 dagen'],
    ['a lower-case standalone street word', 'in de straat 12 keer gevallen'],
    ['a French place and years', 'je cherche une place pour 2 ans'],
    ['a bus line', 'ik neem bus 71'],
  ])('when the text holds %s, then it is left as it is', (_, text) => {
    expect(redact(text)).toEqual({ text, found: [] });
  });
});

describe('street addresses by a weaker street ending or after an address phrase', () => {
  test.each([
    ['a street ending in -akker after "verhuis naar"', 'we verhuizen in mei naar Lindeakker 3', 'we verhuizen in mei naar [adres]'],
    ['a street ending in -veld', 'ik woon op het Zandveld 14 in Zoersel', 'ik woon op het [adres] in Zoersel'],
    ['a street ending in -berg with a box', 'Molenberg 3 bus 12, 3000 Leuven', '[adres], 3000 Leuven'],
    ['a street ending in -meers after "Adres:"', 'Adres: Scheldemeers 41', 'Adres: [adres]'],
    ['a street without a street word after "ik woon op de"', 'ik woon op de Vrijdagmarkt 5 bus 1', 'ik woon op de [adres]'],
    ['a street without a street word after "I live at"', 'I live at Zavel 8', 'I live at [adres]'],
    ['a street after "j\'habite"', "j'habite Parvis Saint-Gilles 9", "j'habite [adres]"],
  ])('when the text holds %s, then the street and number are replaced', (_, text, expected) => {
    expect(redact(text).text).toBe(expected);
  });

  test.each([
    ['a municipality ending in -berg with a number', 'In Koekelberg 20 jongeren zochten werk'],
    ['a town and a duration after "ik woon in"', 'ik woon in Mechelen 3 jaar'],
    ['a town and an ordinal', 'ik ga naar Hasselt 2de keer'],
    ['a postcode after "verhuis naar"', 'ik verhuis naar Leuven 3000'],
    ['a version number after "naar"', 'ik heb het geupdatet naar Windows 11'],
  ])('when the text holds %s, then it is kept', (_, text) => {
    expect(redact(text).text).toBe(text);
  });
});
