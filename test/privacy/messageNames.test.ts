import { redact } from '../../src/privacy/redact.js';

describe('names given away by the shape of a message', () => {
  test.each([
    ['a full name introducing itself with "hier"', 'Marieke Van Acker hier. Ik zoek een opleiding', '[naam] hier. Ik zoek een opleiding'],
    ['a lower-case known first name with "hier"', 'kasper hier, ik heb een vraag over mijn uitkering', '[naam] hier, ik heb een vraag over mijn uitkering'],
    ['an English introduction after a greeting', 'Hi, Oliwia here! Can I still get a diploma?', 'Hi, [naam] here! Can I still get a diploma?'],
    ['a French introduction after a greeting', 'Bonsoir, Océane ici. Je cherche un stage', 'Bonsoir, [naam] ici. Je cherche un stage'],
    ['a name the package list knows, introduced', 'Wiktoria hier uit Polen', '[naam] hier uit Polen'],
    ['"c\'est" and a known first name opening a message', "Coucou c'est Yanis, j'ai 18 ans", "Coucou c'est [naam], j'ai 18 ans"],
    ['a known first name before a comma opening a message', 'Femke, 16 jaar, ik wil stoppen met school', '[naam], 16 jaar, ik wil stoppen met school'],
    ['a signature after a goodbye', 'ik kijk het na, groeten, Jarne', 'ik kijk het na, groeten, [naam]'],
    ['a signature with a surname after a goodbye', 'tot morgen. Ilse Verbeke', 'tot morgen. [naam]'],
    ['a lower-case signature after "bye"', 'oke bye, seppe', 'oke bye, [naam]'],
    ['a known first name signing after thanks', 'merci voor de info. Soufiane', 'merci voor de info. [naam]'],
    ['a name and "ik" in an enumeration', 'Bilal en ik zoeken een studentenjob', '[naam] en ik zoeken een studentenjob'],
    ['two names and "ik" in an enumeration', 'Lotte, Jonas en ik willen naar de infodag', '[naam], [naam] en ik willen naar de infodag'],
    ['two names joined by "and"', 'Mateusz and Kerem are in my class', '[naam] and [naam] are in my class'],
    ['"ik" and a name in an enumeration', 'ik en Bavo gaan samen solliciteren', 'ik en [naam] gaan samen solliciteren'],
    ['"noem mij maar" and a nickname', 'noem mij maar Bibi', 'noem mij maar [naam]'],
    ['"call me" and a nickname', 'you can call me Zaza', 'you can call me [naam]'],
    ['"appelez-moi" and a nickname', 'Appelez-moi Lulu svp', 'Appelez-moi [naam] svp'],
    ['"mijn echte naam is" and a full name', 'mijn echte naam is Joke Peeters', 'mijn echte naam is [naam]'],
    ['a first name that is an everyday word, with a surname after two particles', 'ik ben amber van de walle', 'ik ben [naam]'],
  ])('when the text holds %s, then the name is replaced', (_, text, expected) => {
    expect(redact(text).text).toBe(expected);
  });

  test.each([
    ['a capitalised verb before "hier"', 'Kijk hier, mijn cv'],
    ['an organisation thanked', 'Dank je, Actiris'],
    ['a place after thanks', 'bedankt. Mechelen'],
    ['an organisation after "c\'est"', "c'est Actiris qui m'a envoyé"],
    ['school subjects in an enumeration', 'Nederlands, Frans en ik zijn geen vrienden'],
    ['organisations in an enumeration', 'Colruyt, Lidl en Aldi zoeken studenten'],
    ['a day after "call me"', 'call me Monday'],
    ['a lower-case word after "call me"', 'call me tomorrow'],
    ['a first name that is an everyday word before one particle', 'ik ben noor van mening dat het kan'],
    ['a greeting and thanks without a name', 'Top, tot later'],
    ['a word to address someone after a goodbye', 'oké doei, Mama'],
    ['a first name that is street talk, before a comma and "ik"', 'Ewa, ik snap er niks van'],
  ])('when the text holds %s, then it is kept', (_, text) => {
    expect(redact(text).text).toBe(text);
  });
});
