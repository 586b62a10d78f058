/**
 * First names from the locale data of @faker-js/faker, a well-kept package installed with the
 * project (nothing is fetched at run time): Belgian Dutch and French, Dutch, French, German,
 * English, Italian, Spanish, Portuguese, Polish, Romanian and Turkish names. They widen the
 * hand-written list in content/privacy-names.yaml, but only as capitalised words: a lower-case
 * word is taken for a name only when that hand-written list knows it.
 */
import { de, en, es, fr, fr_BE, it, nl, nl_BE, pl, pt_PT, ro, tr, type LocaleDefinition } from '@faker-js/faker';

const LOCALES: readonly LocaleDefinition[] = [nl_BE, nl, fr_BE, fr, de, en, it, es, pt_PT, pl, ro, tr];
/** One word in Latin letters, at least three of them ("Ay", "Er" and "Ana Luisa" are left out). */
const NAME = /^\p{Script=Latin}[\p{Script=Latin}'’-]{2,}$/u;

let names: readonly string[] | undefined;

/** The package's first names, once per process. */
export function packageFirstNames(): readonly string[] {
  names ??= [
    ...new Set(
      LOCALES.flatMap((locale) => {
        const entry = locale.person?.first_name;
        return entry == null ? [] : [...(entry.female ?? []), ...(entry.male ?? []), ...(entry.generic ?? [])];
      }).filter((name) => NAME.test(name)),
    ),
  ];
  return names;
}
