/**
 * First names from the locale data of @faker-js/faker, a well-kept package: Belgian Dutch and
 * French, Dutch, French, German, English, Italian, Spanish, Portuguese, Polish, Romanian and
 * Turkish names. They are written once into content/privacy-package-names.yaml by
 * `npm run names:package` (the package is large; the bot and the tests read the list, not the
 * package), and widen the hand-written list in content/privacy-names.yaml, but only as
 * capitalised words.
 */
import { de, en, es, fr, fr_BE, it, nl, nl_BE, pl, pt_PT, ro, tr, type LocaleDefinition } from '@faker-js/faker';

const LOCALES: readonly LocaleDefinition[] = [nl_BE, nl, fr_BE, fr, de, en, it, es, pt_PT, pl, ro, tr];
/** One word in Latin letters, at least three of them ("Ay", "Er" and "Ana Luisa" are left out). */
const NAME = /^\p{Script=Latin}[\p{Script=Latin}'’-]{2,}$/u;

/** The package's first names, each once, in the order of the locales above. */
export function packageFirstNames(): string[] {
  return [
    ...new Set(
      LOCALES.flatMap((locale) => {
        const entry = locale.person?.first_name;
        return entry == null ? [] : [...(entry.female ?? []), ...(entry.male ?? []), ...(entry.generic ?? [])];
      }).filter((name) => NAME.test(name)),
    ),
  ];
}
