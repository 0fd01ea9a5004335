/**
 * Single-word lists the grader looks words up in. All entries are in folded form (lower case,
 * ASCII apostrophes), matching the tokens of a normalised note.
 */

/** Builds a lookup set from a space-separated list. */
function words(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter((word) => word.length > 0));
}

/**
 * English function words and fillers. They carry no detail, and their share of a note's words
 * tells English from other languages.
 */
export const ENGLISH_FUNCTION_WORDS = words(`
  a an the and or but if so to of in on at by for with from about as into than then that this these
  those it its it's is are was were be been being am do does did doing have has had having i i'm
  i'd i've i'll im id ive me my mine myself we we're we've we'd our ours us you you're you've you'd
  you'll your yours he she they they're them their his her there here what which who whom whose when
  where why how all any some each every no not just also very really too more most much many can
  could would should will shall may might must up out over again still now back via one get got let
  let's it'll that's there's what's who's dont don't can't cannot won't didn't isn't aren't wasn't
  yes yet even well first last next other another same such own because since while after before
  during through until maybe quite bit lot lots way thing things something anything everything
  hi hello hey dear thanks thank please sure am pm re given regarding following especially like
`);

/**
 * Words that say nothing specific about anyone: the vocabulary of networking, praise and vague
 * intent. A note made only of these (and function words) could be sent to anyone.
 */
export const GENERIC_WORDS = words(`
  connect connected connecting connection connections network networks networking linkedin profile
  profiles professional professionals experience experiences background work works working career
  careers journey field fields industry industries space sector people person persons someone
  opportunity opportunities learn learning learned love loved loving like liked enjoy enjoyed great
  good nice amazing awesome impressive impressed interesting inspiring inspired insightful useful
  helpful fascinating cool big huge fan follow following hear hearing read reading see seeing saw
  seen know knowing keep keeping stay staying touch reach reaching chat chatting talk talked
  talking post posts article articles content insight insights idea ideas exchange explore
  exploring potential synergy synergies together grow growing growth share sharing future best hope
  hoping happy glad excited interested interest passionate curious value valuable want wanted wish
  met meet meeting conference meetup event events webinar session workshop time week day stuff
  honored honoured pleasure chance possible mutual benefit beneficial add adding join joining
  invite invitation request greatly truly definitely absolutely super similar various related new
  someday sometime soon changed saved helped shaped transformed improved hours minutes days tons
`);

/** Capitalised words that are not names or proper nouns worth counting as a specific detail. */
export const NOT_PROPER_NOUNS = words(`
  i i'm i'd i've i'll linkedin hi hello hey dear thanks thank mr mrs ms miss mx dr prof professor
  sir madam ok okay god please best regards cheers sincerely kind warm yours greetings
`);

/**
 * Frequent function words of other languages written in Latin script (German, French, Spanish,
 * Italian, Portuguese, Dutch), left out where they are also common English words.
 */
export const FOREIGN_FUNCTION_WORDS = words(`
  der die das und ich wir sind sie ist nicht mit ein eine einen zu uns mich dich auf beim bei sich auch
  ihr ihre ihnen haben habe wurde würde möchte gerne hallo danke grüße freuen kennengelernt
  le la les un une des du au aux et est je tu vous nous avec pour sur dans qui que pas très
  bonjour merci cordialement rencontré rencontrées plaisir
  el los las una con por para como pero porque estoy soy muy gracias hola saludos conectar
  contigo encantaría también sobre y mi tu
  il che di per sono non della degli ciao grazie piacere
  um uma com não você eu obrigado obrigada olá também
  het een ik van niet ook bij voor dat wat graag groeten
`);

/**
 * The words of LinkedIn's stock invitations and of the ways people retype them, with the greetings
 * and pleasantries wrapped around them. A note made only of these is the default note.
 */
export const STOCK_VOCABULARY = words(`
  i i'd id i'm im would like love want wanted to add you your my professional network networks on
  linkedin connect connected connecting with join invite inviting since you're are a person someone
  somebody trust have in be here also just really the and get
  hi hello hey dear there good morning afternoon evening thanks thank so much please hope well doing
  this finds message great nice lovely wonderful day week weekend looking forward hearing from
  cheers best regards kind warm wishes again many all everyone sir madam
`);

/** Words that make a stock-vocabulary note about connecting; at least one must be present. */
export const STOCK_CORE_WORDS = words(`network networks connect connected connecting linkedin join trust`);

/** Words that may stand in a greeting instead of a name but address nobody in particular. */
export const GENERIC_ADDRESSEES = words(`
  there all everyone folks guys friend friends dear sir sirs madam ma'am team hiring manager
  recruiter connection member user professional colleague colleagues linkedin
`);

/** Titles that may precede a name in a greeting ("Dear Dr. Osei"). */
export const TITLES = words(`mr mrs ms miss mx dr prof professor`);
