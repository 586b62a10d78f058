import { redact } from '../../src/privacy/redact.js';

describe('e-mail addresses', () => {
  test.each([
    ['a plain address', 'mail me op sarah.peeters@gmail.com', 'mail me op [e-mail]'],
    ['an address with + and digits', 'sarah_2008+bot@hotmail.com', '[e-mail]'],
    ['an address with subdomains, before a full stop', 'mijn mail is jan@student.ugent.be.', 'mijn mail is [e-mail].'],
    ['an address in capitals', 'JAN.JANSSENS@TELENET.BE', '[e-mail]'],
    ['an address with accents', 'chloé@exemple.fr', '[e-mail]'],
    ['an address with spaces around the @', 'jan @ gmail.com', '[e-mail]'],
    ['an address with a space before the @', 'jan @gmail.com of zo', '[e-mail] of zo'],
  ])('when the text holds %s, then it is replaced by the e-mail marker', (_, text, expected) => {
    expect(redact(text)).toEqual({ text: expected, found: ['email'] });
  });

  test.each([
    ['a social media handle', 'volg me op @sarah_2008'],
    ['an @ without a domain', 'ik ben @ school'],
    ['a web address', 'kijk op www.vdab.be'],
  ])('when the text holds %s, then it is left as it is', (_, text) => {
    expect(redact(text)).toEqual({ text, found: [] });
  });
});
