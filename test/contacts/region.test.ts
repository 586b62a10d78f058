import { contentDir } from '../../src/paths.js';
import { Municipalities } from '../../src/contacts/municipalities.js';
import { lookupRegion, rulesRegion } from '../../src/contacts/region.js';
import type { RegionCode } from '../../src/understanding/types.js';

const municipalities = Municipalities.load(contentDir);

describe('lookupRegion', () => {
  test.each<[string, RegionCode, string | undefined]>([
    ['1080', 'brussel', 'Sint-Jans-Molenbeek'],
    ['ik woon in 1000', 'brussel', 'Brussel-Stad'],
    ['2000', 'antwerpen', 'Antwerpen'],
    ['2800', 'antwerpen', 'Mechelen'],
    ['3600', 'limburg', 'Genk'],
    ['3630', 'limburg', 'Maasmechelen'],
    ['9000', 'oost-vlaanderen', 'Gent'],
    ['9100', 'oost-vlaanderen', 'Sint-Niklaas'],
    ['3000', 'vlaams-brabant', 'Leuven'],
    ['1800', 'vlaams-brabant', 'Vilvoorde'],
    ['8000', 'west-vlaanderen', 'Brugge'],
    ['8500', 'west-vlaanderen', 'Kortrijk'],
    ['4000', 'wallonie', 'Liège'],
  ])('when the text is "%s", then the region is %s (%s)', (text, region, municipality) => {
    expect(lookupRegion(text, municipalities)).toMatchObject({ region, municipality });
  });

  test.each<[string, RegionCode]>([
    ['1300', 'wallonie'],
    ['1499', 'wallonie'],
    ['1999', 'vlaams-brabant'],
    ['3499', 'vlaams-brabant'],
    ['7999', 'wallonie'],
  ])('when postcode %s is not in the list, then its range gives %s', (postcode, region) => {
    expect(lookupRegion(postcode, municipalities)).toMatchObject({ region, postcode });
  });

  test.each<[string, RegionCode, string]>([
    ['GENT', 'oost-vlaanderen', 'Gent'],
    ['gentt', 'oost-vlaanderen', 'Gent'],
    ['Leuvn', 'vlaams-brabant', 'Leuven'],
    ['ik woon in Kortrijkk', 'west-vlaanderen', 'Kortrijk'],
    ['Oudenaarden', 'oost-vlaanderen', 'Oudenaarde'],
    ['sint niklaas', 'oost-vlaanderen', 'Sint-Niklaas'],
    ['St-Niklaas', 'oost-vlaanderen', 'Sint-Niklaas'],
    ['Sint-Jan-Molenbeek', 'brussel', 'Sint-Jans-Molenbeek'],
    ['molenbeek', 'brussel', 'Sint-Jans-Molenbeek'],
    ['Schaerbeek', 'brussel', 'Schaarbeek'],
    ['Ixelles', 'brussel', 'Elsene'],
    ['Woluwe-Saint-Lambert', 'brussel', 'Sint-Lambrechts-Woluwe'],
    ['Watermaal-Bosvoorde', 'brussel', 'Watermaal-Bosvoorde'],
    ['Laken', 'brussel', 'Brussel-Stad'],
    ['Borgerhout', 'antwerpen', 'Antwerpen'],
    ['Luik', 'wallonie', 'Liège'],
    ['Bruges', 'west-vlaanderen', 'Brugge'],
    ['Liège', 'wallonie', 'Liège'],
  ])('when the place is written "%s", then it is found as %s (%s)', (text, region, municipality) => {
    expect(lookupRegion(text, municipalities)).toMatchObject({ region, municipality });
  });

  test.each<[string, string, RegionCode]>([
    ['Kruibeke', 'Beveren-Kruibeke-Zwijndrecht', 'oost-vlaanderen'],
    ['Zwijndrecht', 'Beveren-Kruibeke-Zwijndrecht', 'oost-vlaanderen'],
    ['2070', 'Beveren-Kruibeke-Zwijndrecht', 'oost-vlaanderen'],
    ['Borgloon', 'Tongeren-Borgloon', 'limburg'],
    ['Hoeselt', 'Bilzen-Hoeselt', 'limburg'],
    ['Kortessem', 'Hasselt', 'limburg'],
    ['Ham', 'Tessenderlo-Ham', 'limburg'],
    ['Moerbeke', 'Lokeren', 'oost-vlaanderen'],
    ['De Pinte', 'Nazareth-De Pinte', 'oost-vlaanderen'],
    ['Melle', 'Merelbeke-Melle', 'oost-vlaanderen'],
    ['Wachtebeke', 'Lochristi', 'oost-vlaanderen'],
    ['Gooik', 'Pajottegem', 'vlaams-brabant'],
    ['Meulebeke', 'Tielt', 'west-vlaanderen'],
    ['Ruiselede', 'Wingene', 'west-vlaanderen'],
    ['Borsbeek', 'Antwerpen', 'antwerpen'],
  ])('when a merged municipality "%s" is named, then it is %s in %s', (text, municipality, region) => {
    expect(lookupRegion(text, municipalities)).toMatchObject({ region, municipality });
  });

  test.each<[string, RegionCode]>([
    ['Brussel', 'brussel'],
    ['Bruxelles', 'brussel'],
    ['ik woon in Limburg', 'limburg'],
    ['West-Vlaanderen', 'west-vlaanderen'],
    ['Wallonië', 'wallonie'],
  ])('when a region "%s" is named, then the region is %s without a municipality', (text, region) => {
    expect(lookupRegion(text, municipalities)).toEqual({ region });
  });

  test.each(['ik weet het niet', 'ik wil meer weten', 'ik wil werken', 'mijn leven', '0999', ''])(
    'when "%s" names no place, then the result is null',
    (text) => {
      expect(lookupRegion(text, municipalities)).toBeNull();
    },
  );

  test('when no list is passed, then the content list is used', () => {
    expect(lookupRegion('Genk')).toMatchObject({ region: 'limburg', municipality: 'Genk' });
  });
});

describe('rulesRegion', () => {
  test.each<[RegionCode, string]>([
    ['brussel', 'brussel'],
    ['wallonie', 'wallonie'],
    ['antwerpen', 'vlaanderen'],
    ['limburg', 'vlaanderen'],
    ['oost-vlaanderen', 'vlaanderen'],
    ['vlaams-brabant', 'vlaanderen'],
    ['west-vlaanderen', 'vlaanderen'],
  ])('when the region is %s, then the rules of %s apply', (region, rules) => {
    expect(rulesRegion(region)).toBe(rules);
  });
});
