/**
 * Everyday words that can follow "ik ben" or "ik heet", or stand before a street name, but are not
 * names. Lower case.
 */

/** Function words; these never start a street name either. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'de', 'het', 'een', 'en', 'of', 'maar', 'want', 'dus', 'ook', 'nog', 'al', 'wel', 'niet', 'geen',
  'nu', 'hier', 'daar', 'er', 'zo', 'heel', 'erg', 'echt', 'gewoon', 'eigenlijk', 'toch', 'even',
  'best', 'pas', 'net', 'bijna', 'helemaal', 'nooit', 'altijd', 'soms', 'te', 'van', 'in', 'op',
  'aan', 'bij', 'met', 'voor', 'uit', 'naar', 'om', 'over', 'door', 'tegen', 'zonder', 'sinds',
  'ik', 'jij', 'je', 'hij', 'zij', 'ze', 'wij', 'we', 'jullie', 'u', 'mijn', 'jouw', 'zijn', 'haar',
  'ons', 'onze', 'die', 'dat', 'dit', 'deze', 'wat', 'wie', 'waar', 'hoe', 'waarom', 'wanneer', 'ja',
  'nee', 'neen', 'oké', 'ok', 'okay', 'sorry', 'hallo', 'hoi', 'hey', 'dag', 'bedankt', 'merci',
  'woon', 'wonen', 'adres', 'is', 'was', 'ben', 'heb', 'via', 'langs',
]);

/** States, feelings and situations, and words for origin, belief or identity ("ik ben Belg"). */
const OTHER_COMMON_WORDS: ReadonlySet<string> = new Set([
  // states, feelings, situations
  'moe', 'blij', 'boos', 'bang', 'ziek', 'verdrietig', 'gelukkig', 'triest', 'kwaad', 'bezorgd',
  'ongerust', 'nerveus', 'zenuwachtig', 'gestrest', 'depressief', 'eenzaam', 'jaloers', 'verliefd',
  'gestopt', 'gebuisd', 'geslaagd', 'geboren', 'getrouwd', 'gescheiden', 'zwanger', 'verhuisd',
  'werkloos', 'student', 'studente', 'leerling', 'jong', 'oud', 'alleen', 'nieuw', 'benieuwd',
  'zeker', 'anders', 'beter', 'slecht', 'goed', 'stil', 'verloren', 'thuis', 'weg', 'klaar',
  'bezig', 'meerderjarig', 'minderjarig', 'niemand', 'iemand', 'geheim', 'privé', 'onbekend',
  // origin, belief, identity
  'belg', 'belgisch', 'vlaming', 'vlaams', 'waal', 'waals', 'brusselaar', 'brussels', 'gentenaar',
  'antwerpenaar', 'limburger', 'nederlander', 'nederlands', 'marokkaan', 'marokkaans', 'turk',
  'turks', 'pool', 'pools', 'roemeen', 'roemeens', 'bulgaar', 'bulgaars', 'syriër', 'syrisch',
  'afghaan', 'afghaans', 'congolees', 'fransman', 'frans', 'italiaan', 'italiaans', 'spanjaard',
  'spaans', 'portugees', 'albanees', 'somaliër', 'eritreeër', 'iraniër', 'irakees', 'palestijn',
  'algerijn', 'tunesiër', 'egyptenaar', 'nigeriaan', 'guinees', 'kameroener', 'afrikaan',
  'europeaan', 'moslim', 'christen', 'katholiek', 'jood', 'joods', 'boeddhist', 'atheïst', 'hindoe',
  'homo', 'lesbisch', 'bi', 'trans', 'non-binair', 'queer',
  // verbs that follow a person's name or a word for a person ("mijn broer zei", "my dad said")
  'zei', 'zegt', 'zeggen', 'heeft', 'had', 'gaat', 'ging', 'komt', 'kwam', 'woont', 'werkt', 'zoekt', 'wil', 'wou',
  'kan', 'kon', 'mag', 'moet', 'zit', 'zat', 'staat', 'stond', 'doet', 'deed', 'belt', 'stuurt', 'vindt', 'vond', 'weet',
  'wist', 'denkt', 'dacht', 'speelt', 'krijgt', 'kreeg', 'leert', 'helpt', 'houdt', 'antwoordt', 'roept', 'slaat',
  'blijft', 'spreekt', 'heet', 'noemt', 'wordt', 'werd', 'zal', 'zou', 'kent', 'ziet', 'zag', 'vroeg', 'vraagt',
  'said', 'says', 'told', 'tells', 'has', 'will', 'would', 'can', 'could', 'wants', 'went', 'thinks', 'is', 'was', 'and',
  'dit', 'veut', 'fait', 'est', 'et',
]);

/** Whether a word is an everyday word rather than a name. */
export function isCommonWord(word: string): boolean {
  const lower = word.toLowerCase();
  return FUNCTION_WORDS.has(lower) || OTHER_COMMON_WORDS.has(lower);
}

/** Whether a word is a function word ("in", "mijn", "woon"), which never starts a street name. */
export function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(word.toLowerCase());
}
