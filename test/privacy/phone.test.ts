import { redact } from '../../src/privacy/redact.js';

describe('phone numbers', () => {
  test.each([
    ['a mobile number in groups', 'bel me op 0471 23 45 67 aub', 'bel me op [telefoonnummer] aub'],
    ['a mobile number with slash and dots', 'gsm: 0471/23.45.67', 'gsm: [telefoonnummer]'],
    ['a mobile number without separators', '0471234567', '[telefoonnummer]'],
    ['a mobile number in threes', 'mijn nummer is 0495 123 456', 'mijn nummer is [telefoonnummer]'],
    ['a mobile number in pairs', '04 71 23 45 67', '[telefoonnummer]'],
    ['a mobile number with dashes', '0471-23-45-67', '[telefoonnummer]'],
    ['a mobile number with +32', 'bel +32 471 23 45 67', 'bel [telefoonnummer]'],
    ['a mobile number with +32 glued', '+32471234567', '[telefoonnummer]'],
    ['a mobile number with 0032', '0032 471 23 45 67', '[telefoonnummer]'],
    ['a mobile number with +32 (0)', '+32 (0)471 23 45 67', '[telefoonnummer]'],
    ['a mobile number with +32 (0) and spaces', '+32 (0) 471 23 45 67', '[telefoonnummer]'],
    ['a mobile number with +32 and a trunk 0', '+32 0471 23 45 67', '[telefoonnummer]'],
    ['a Brussels landline', 'tel 02 123 45 67', 'tel [telefoonnummer]'],
    ['a Ghent landline with slash and dots', '09/123.45.67', '[telefoonnummer]'],
    ['a landline with dots', 'tel: 02.123.45.67', 'tel: [telefoonnummer]'],
    ['a three-digit zone landline', '050 12 34 56', '[telefoonnummer]'],
    ['a three-digit zone landline with dashes', '050-12-34-56', '[telefoonnummer]'],
    ['a three-digit zone landline with a slash', '050/12 34 56', '[telefoonnummer]'],
    ['a landline without separators', '091234567', '[telefoonnummer]'],
    ['a landline with +32 (0)', '+32 (0)9 123 45 67', '[telefoonnummer]'],
    ['a landline with 0032', '0032 9 123 45 67', '[telefoonnummer]'],
    ['a Dutch mobile number', '+31 6 12345678', '[telefoonnummer]'],
    ['a French mobile number with 0033', '0033 6 12 34 56 78', '[telefoonnummer]'],
    ['a number after an age', 'ik ben 16 en 0495 12 34 56 is mijn gsm', 'ik ben 16 en [telefoonnummer] is mijn gsm'],
    ['a number glued to a word', 'gsm0471234567', 'gsm[telefoonnummer]'],
    ['a number followed by another number', 'ik ben 17 0471234567 17', 'ik ben 17 [telefoonnummer] 17'],
  ])('when the text holds %s, then it is replaced by the phone marker', (_, text, expected) => {
    const result = redact(text);

    expect(result.text).toBe(expected);
    expect(result.found).toEqual(['phone']);
  });

  test('when the text holds two numbers side by side, then each is replaced', () => {
    const result = redact('0471 23 45 67 of 0478 12 34 56');

    expect(result).toEqual({ text: '[telefoonnummer] of [telefoonnummer]', found: ['phone', 'phone'] });
  });

  test.each([
    ['an age', 'ik ben 17'],
    ['an age in words and digits', 'ik ben 17 jaar en zit in het 5de jaar'],
    ['a birth year', 'ik ben geboren in 2008'],
    ['years', 'van 2019 tot 2021'],
    ['a postcode with its town', 'ik woon in 9000 Gent'],
    ['a Brussels postcode', 'ik woon in 1000 Brussel'],
    ['helpline numbers', 'bel 1813, Awel 102, Tele-Onthaal 106, 112, 101 of 1712'],
    ['a freephone helpline', 'of bel gratis 0800 32 123'],
    ['a shared-cost service number', 'bel 078 15 15 15'],
    ['an amount', '€ 1.250,00'],
    ['a student number', 'r0123456'],
    ['a clock time', 'om 14u30'],
    ['a height', 'ik ben 1m80'],
  ])('when the text holds %s, then it is left as it is', (_, text) => {
    expect(redact(text)).toEqual({ text, found: [] });
  });

  test.each([
    ['a date with slashes', 'ik ben geboren op 05/03/2008'],
    ['a date with dashes', 'geboren 14-03-2008'],
    ['a date with dots', 'op 01.03.2008 om 10:00'],
    ['an ISO date', '2008-03-14'],
    ['a date in a sentence with a time', 'op 12/03/2008 om 10:00'],
  ])('when the text holds %s, then it is not taken for a phone number (it is a date of birth)', (_, text) => {
    expect(redact(text).found).toEqual(['birthdate']);
  });
});
