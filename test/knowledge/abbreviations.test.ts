import { Abbreviations } from '../../src/knowledge/abbreviations.js';
import { content } from '../support/harness.js';

const abbreviations = new Abbreviations({
  VDAB: 'de Vlaamse dienst voor werk en opleiding',
  HVW: 'Hulpkas voor Werkloosheidsuitkeringen',
  CLB: 'Centrum voor Leerlingenbegeleiding',
});

describe('abbreviations explained the first time', () => {
  test('when an abbreviation is used for the first time, then its explanation follows in brackets, at its first use only', () => {
    const { texts, explained } = abbreviations.explain(['Vraag het aan de HVW. De HVW helpt je.'], []);
    expect(texts).toEqual(['Vraag het aan de HVW (Hulpkas voor Werkloosheidsuitkeringen). De HVW helpt je.']);
    expect(explained).toEqual(['HVW']);
  });

  test('when it was explained earlier in the conversation, then it is not explained again', () => {
    const { texts, explained } = abbreviations.explain(['Vraag het aan de HVW.'], ['HVW']);
    expect(texts).toEqual(['Vraag het aan de HVW.']);
    expect(explained).toEqual(['HVW']);
  });

  test('when the answer and its card both use it, then only the answer explains it', () => {
    const { texts } = abbreviations.explain(['Schrijf je in bij VDAB.', 'Meer weten? Bel VDAB.'], []);
    expect(texts).toEqual(['Schrijf je in bij VDAB (de Vlaamse dienst voor werk en opleiding).', 'Meer weten? Bel VDAB.']);
  });

  test('when brackets already follow it, then the explanation joins them', () => {
    const { texts } = abbreviations.explain(['Schrijf je in bij VDAB (in Brussel bij Actiris).'], []);
    expect(texts).toEqual(['Schrijf je in bij VDAB (de Vlaamse dienst voor werk en opleiding; in Brussel bij Actiris).']);
  });

  test('when the text writes the explanation out, then nothing is added, and it counts as explained', () => {
    const { texts, explained } = abbreviations.explain(['Het CLB is het Centrum voor Leerlingenbegeleiding.'], []);
    expect(texts).toEqual(['Het CLB is het Centrum voor Leerlingenbegeleiding.']);
    expect(explained).toEqual(['CLB']);
  });

  test('when it is part of a longer word or stands inside brackets, then that use is skipped for a bare one', () => {
    const { texts } = abbreviations.explain(['Een VDAB-opleiding (via VDAB) is gratis. Vraag het aan VDAB.'], []);
    expect(texts).toEqual(['Een VDAB-opleiding (via VDAB) is gratis. Vraag het aan VDAB (de Vlaamse dienst voor werk en opleiding).']);
  });

  test('when the text has none, then nothing changes and nothing counts as explained', () => {
    expect(abbreviations.explain(['Een kort antwoord.'], [])).toEqual({ texts: ['Een kort antwoord.'], explained: [] });
  });

  test('when the content list is loaded, then it explains the abbreviations of issue 20 that have a source', () => {
    const { texts } = content().abbreviations.explain(['OKOT, HVW, CVO, CLB, VDAB, OCMW, DBSO, BSO, BuSO en RVA.'], []);
    for (const abbreviation of ['OKOT', 'HVW', 'CVO', 'CLB', 'VDAB', 'OCMW', 'DBSO', 'BSO', 'BuSO', 'RVA']) {
      expect(texts[0]).toMatch(new RegExp(`${abbreviation} \\(`));
    }
  });
});
