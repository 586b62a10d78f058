/**
 * Word classes (normalised Dutch and Flemish tussentaal) that tell whether a number in an answer
 * to "Hoe oud ben je?" is the user's age now. Grammar, not user-facing text.
 */

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

/** Words that end the stretch of text that a number belongs to. */
export const CLAUSE_BOUNDARIES = words('en maar want dus of terwijl omdat omda doordat nee neen');

/** The user speaks about themself ("ik ben", "'k zen", "mijn leeftijd is"). */
export const FIRST_PERSON = words('ik k kben kzen kword kwordt ikke ikzelf ben zen leeftijd');

/**
 * Someone else: pronouns, possessives ("m'n" splits into "m" and "n") and people or pets.
 * The nearest of these or a first-person word, looking back from the number, decides.
 */
export const OTHER_PERSON = words(`
  hij zij ze die hem haar jij je u ge gij jullie we wij hun mijn mn m onze ons iedereen men
  broer broers broertje zus zussen zusje zuster ma pa mama papa mams paps moeder vader moeke vake
  ouders vriend vriendje vriendin vriendinnetje lief liefje partner neef nicht nichtje oma opa bomma
  bompa meme pepe tante nonkel oom kind kindje kinderen zoon zoontje dochter dochtertje baby
  collega hond kat leraar lerares juf meester man vrouw jongen meisje iemand
`);

/** The number is an age still to come: "bijna 18" and "ik word 18" mean 17 now. */
export const FUTURE = words('bijna bjna bijn bijkans word wordt worde kword kwordt volgende volgend binnenkort straks weldra zal over');

/**
 * The number is not the age now: conditions, past, duties, negations, feelings ("als ik 18 ben",
 * "nog geen 18", "ik voel me 40").
 */
export const NOT_NOW = words(`
  als wanneer zodra toen tegen was waren moet moeten moest mag mogen mocht zou zouden
  geen niet nie ni vanaf tot voel voelt lijk lijkt
`);

/** A year reached in the past: "werd 18", "18 geworden". */
export const REACHED = words('werd geworden');

/** "ik heb 19 jaar" is an age, "ik heb 2 broers" is not. */
export const HAVE = words('heb hebt heeft hebben');

/** Right before a number, these make it something else than an age ("in het 5", "ouder dan 18"). */
export const NOT_AGE_BEFORE = words(`
  het t de om nr nummer kamer bus sinds sedert na van op dan tussen boven onder per x
`);

/** Right after a number, these say what it counts ("3 maanden", "2 broers", "5 aso"). */
export const COUNTED_AFTER = words(`
  maand maanden week weken dag dagen uur uren u h min minuten sec seconden keer x
  kind kinderen broer broers zus zussen euro eur procent pct km kg kilo cm meter m graden punten
  aso bso tso kso dbso buso middelbaar secundair graad leerjaar jaars
`);

/** Units right after a number that make it a count of years ("17 jaar", "17-jarige"). */
export const YEAR_UNITS = words('jaar jaren jr j jaartjes jaartje jarig jarige y yo yr yrs');

/** After "N jaar": a span of time, not an age ("2 jaar geleden", "3 jaar lang"). */
export const AGO = words('geleden terug');
export const SPAN = words('lang');

/** "vorig jaar 18 geworden" means 19 now. */
export const LAST = words('vorig vorige verleden');

/** "over 2 jaar word ik 20", "voor 2 jaar werd ik 18" (Flemish: two years ago). */
export const IN_YEARS = words('over binnen');
export const YEARS_AGO_BEFORE = words('voor');

/** Words after the number that belong to it: "17 jaar oud", "18 en een half". */
export const AGE_TAIL = words('oud jong');
export const HALF = words('half halve');
export const ARTICLES = words('een nen ne');
