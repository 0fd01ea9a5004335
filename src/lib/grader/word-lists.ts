/**
 * Single-word lists the grader looks words up in. All entries are in folded form (lower case,
 * ASCII apostrophes), matching the tokens of a normalised note.
 */

/** Builds a lookup set from a space-separated list. */
function words(list: string): ReadonlySet<string> {
  return new Set(list.split(' '));
}

/**
 * English function words and fillers. They carry no detail, and their share of a note's words
 * tells English from other languages.
 */
export const ENGLISH_FUNCTION_WORDS = words(
  "a an the and or but if so to of in on at by for with from about as into than then that this these those it its it's is are was were be been am do did have has had i i'm i'd i've i'll im id me my we we're our us you you're your he she they them their his her there here what which who when where why how all any some each every no not just also very really too more most much many can could would should will may might up out over again still now back via one get got let let's that's don't can't won't yes even well first next other same such own because since while after before during through until maybe quite bit lot way thing things something hi hello hey dear thanks thank please sure like",
);

/**
 * Words that say nothing specific about anyone: the vocabulary of networking, praise and vague
 * intent. A note made only of these (and function words) could be sent to anyone.
 */
export const GENERIC_WORDS = words(
  'connect connected connecting connection connections network networking linkedin profile professional professionals experience background work working career journey field industry space sector people person someone opportunity opportunities learn learning love like enjoy great good nice amazing awesome impressive impressed interesting inspiring fan follow hear read see know keep stay touch reach chat talk exchange explore potential together grow growth share future best hope hoping happy glad excited interested passionate curious value want wish meet time day pleasure chance possible mutual benefit add join invite request truly definitely super similar new soon yesterday today tomorrow week weekend month year recently webinar event conference meetup session workshop post article talk fellow alum alumni alumnus alumna met saw seen heard noticed watched thought think figured came found look looks seem seems seemed message note invitation accept expertise company team business role position leader leadership insight perspective advice thoughts view help support success achievement skill thing stuff world lot place honour honor privilege sometime someday way nice kind wonderful fantastic brilliant cool excellent incredible remarkable stellar top quick short brief time hello',
);

/** True for a generic word in any common form: "loved", "connections", "sharing", "truly". */
export function isGeneric(word: string): boolean {
  return (
    GENERIC_WORDS.has(word) ||
    ['s', 'es', 'ed', 'd', 'ing', 'ly'].some(
      (ending) =>
        word.endsWith(ending) &&
        [word.slice(0, -ending.length), `${word.slice(0, -ending.length)}e`].some((base) => GENERIC_WORDS.has(base)),
    )
  );
}

/** Capitalised words that are not names or proper nouns worth counting as a specific detail. */
export const NOT_PROPER_NOUNS = words(
  "i i'm i'd i've i'll linkedin hi hello hey dear thanks thank mr mrs ms dr prof sir madam ok please best regards cheers kind warm",
);

/** Very frequent words of other languages written in Latin script, absent from English. */
export const FOREIGN_FUNCTION_WORDS = words(
  'der die das und ich wir sie ist nicht mit ein eine zu uns auf bei le la les un une des du au aux et est je vous nous sommes avec pour dans que pas de el los las una con por para como pero porque sobre estoy muy y il che di per sono non della um uma com não você eu het een ik van niet ook',
);

/**
 * The words of LinkedIn's stock invitations and of the ways people retype them, with the greetings
 * and pleasantries wrapped around them. A note made only of these is the default note.
 */
export const STOCK_VOCABULARY = words(
  "i i'd id i'm im would like love want wanted to add you your u w thx pls my professional network on linkedin connect with join invite since you're are a person someone trust have in be here just really the and get hi hello hey dear there good morning thanks thank so much please hope well doing this finds great nice day week looking forward cheers best regards kind warm wishes all everyone sir madam let's lets greetings of glad connected connecting pleased happy am",
);

/** The words of greetings and pleasantries: a note made only of these says nothing at all. */
export const PLEASANTRIES = words(
  "hi hello hey hiya yo howdy dear there greetings good great nice lovely wonderful fantastic day days week weekend today morning afternoon evening of the hope you you're are having have a an how doing well all all's is it it's going things thanks thank cheers and your to",
);

/** Words that make a stock-vocabulary note about connecting; at least one must be present. */
export const STOCK_CORE_WORDS = words('network connect connected connecting linkedin join trust');

/** Words that may stand in a greeting instead of a name but address nobody in particular. */
export const GENERIC_ADDRESSEES = words(
  "there all everyone folks guys friend dear sir madam ma'am team hiring manager recruiter connection member colleague",
);

/**
 * Capitalised words that open a clause after a dash or colon without being names ("— Really
 * enjoyed…", "— Saw your post…"), beyond the function and generic words.
 */
export const COMMON_CAPS = words(
  'saw thought hope long looks quick noticed congrats congratulations welcome sorry okay btw ps following glad funny turns turned definitely honestly',
);

/** Acronyms of fields and roles: true of thousands, so not a named thing ("UX", "PM", "HR"). */
export const GENERIC_ACRONYMS = words(
  'ai ml ux ui qa hr pm it seo roi b2b b2c saas ceo cto cfo coo cmo vp svp evp ops pr dm cv l&d r&d gtm crm erp kpi okr mba phd bs ba ma msc bsc',
);

/**
 * Everyday words that name nothing: common verbs, adjectives and nouns. A clause made of these (and
 * function and generic words) says nothing specific, however long it is ("it made me smile").
 */
export const COMMON_WORDS = words(
  "come came comes coming go goes going went gone make makes made making take took taken taking give gave given gets getting say says said tell told ask asked asking feel felt put mind name names smile laugh wonder wondered wondering think thinking remember forget forgot guess believe mean meant try tried trying use used need needs needed seem keep kept find found call called happen happened start started turn show shows showed move moved live lived hold bring brought leave left stay write wrote written read reads certainly probably perhaps actually pretty rather little big small old young short high low early late last different important able whole real true right wrong ready free busy hard easy clear full fine yeah wow oh ah hmm sometime anything everything nothing someone anyone everyone somebody anybody everybody anywhere somewhere everywhere home man woman guy guys folks friend friends family worth shall world text staff clearly kid kids life part point case fact idea ideas question questions answer problem side sort type lots number group area place places matter reason reasons word words moment days weeks months years times morning afternoon evening night hour hours minute minutes today's yesterday's couple few several plenty else ever never always often sometimes usually already yet soon later ago away around across along behind beyond toward towards within without upon among per",
);

/** Days and months: a date makes a context specific ("on Tuesday", "last May"). */
export const DATE_WORDS = words(
  'monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october november december yesterday tonight tomorrow',
);

/** Text-speak a greeting may hold ("hi pls…"): never a name. */
const TEXTSPEAK_WORDS = words('pls plz thx u ur r b4 coz cuz gr8 lol omg btw');

/**
 * True for a word of everyday English or of networking: not a name, whatever its capitals.
 * "LinkedIn's" is looked up as "linkedin".
 */
export function isEverydayWord(folded: string): boolean {
  const word = folded.endsWith("'s") ? folded.slice(0, -2) : folded;
  return (
    ENGLISH_FUNCTION_WORDS.has(word) ||
    NOT_PROPER_NOUNS.has(word) ||
    COMMON_CAPS.has(word) ||
    COMMON_WORDS.has(word) ||
    GENERIC_ACRONYMS.has(word) ||
    TEXTSPEAK_WORDS.has(word) ||
    isGeneric(word)
  );
}

/** Titles that may precede a name in a greeting ("Dear Dr. Osei"). */
export const TITLES = words('mr mrs ms miss mx dr prof professor sister');
