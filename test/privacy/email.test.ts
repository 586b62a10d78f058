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

  test('when the text holds a social media handle, then it is no e-mail address but a handle', () => {
    expect(redact('volg me op @sarah_2008')).toEqual({ text: 'volg me op [account]', found: ['handle'] });
  });

  test.each([
    ['an e-mail address written with (at) and (dot)', 'yassin.el(at)gmail(dot)com'],
    ['an e-mail address written with [at] and [dot] and spaces', 'mail imane [at] outlook [dot] be'],
    ['an e-mail address written out in Dutch', 'lisa punt peeters apenstaartje telenet punt be'],
    ['an e-mail address written out with "at" and "punt"', 'stien punt verhelst at scarlet punt be'],
    ['an e-mail address written out in capitals', 'JAN.PEETERS AT SKYNET DOT BE'],
  ])('when the text holds %s, then it is replaced by the e-mail marker', (_, text) => {
    const { text: redacted, found } = redact(text);
    expect(found).toEqual(['email']);
    expect(redacted).not.toMatch(/gmail|outlook|telenet|scarlet|skynet|peeters|verhelst/i);
  });

  test.each([
    ['"at" in an English sentence', 'we meet at Central Station tomorrow'],
    ['"punt" in a sentence', 'dat is een goed punt at school'],
    ['an @ without a domain', 'ik ben @ school'],
    ['a web address', 'kijk op www.vdab.be'],
  ])('when the text holds %s, then it is left as it is', (_, text) => {
    expect(redact(text)).toEqual({ text, found: [] });
  });
});
