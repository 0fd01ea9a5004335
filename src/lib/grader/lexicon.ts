/**
 * Phrase lists the grader matches against a normalised note (lower case, ASCII apostrophes, quotes
 * and dashes, single spaces). Each entry is a small regular expression: a space stands for one space
 * or line break, and every entry matches whole words only. Quantifiers are always bounded so that no
 * entry can backtrack badly on a long paste.
 *
 * The lists name the common, general forms only: how people say they met, what prompted them and
 * why they write is judged mostly from the words around these cues (see analyze.ts), so that notes
 * worded in ways no list foresaw are still read fairly. Each list is kept short on purpose: the
 * grader ships to the browser, and a phrase that only one note ever used is not worth its bytes.
 */

/** A word of up to 25 letters, digits or joining marks, followed by a space: a filler slot. */
const W = "[a-z0-9'&/.+#-]{1,25} ";

/** Ways people say they want something: "I'd like to", "I would love to", "I want to". */
const WANT = "(?:i(?:'d| would|d)? (?:really )?(?:like|love) to|i (?:want|wanted|wish) to|would (?:like|love) to)";

/** The kinds of network LinkedIn's stock texts name: "my professional network". */
const NETWORK = '(?:(?:professional|linkedin) ){0,2}network(?: on linkedin)?';

/** Things of theirs a note may mention: a talk, a post, a repository. */
const WORKS =
  'talk|post|article|piece|essay|blog|podcast|episode|newsletter|video|thread|comments?|book|paper|thesis|research|study|presentation|keynote|workshop|lecture|class|course|panel|webinar|interview|demo|repo|library|project|report|guide|answer|reply|notes|slides|write-?up|launch|app|issue|pr';

/** Places and occasions where people meet. */
const EVENTS =
  'meetup|conference|summit|event|workshop|hackathon|hackaton|webinar|panel|session|talk|q&a|dinner|lunch|breakfast|happy hour|fair|expo|booth|seminar|forum|lecture|class|course|retreat|festival|mixer|bootcamp|training|party|meeting|call|game|gym|club|ward|shift|office|team|stand|stall|table|clinic|hospital|school|comments|thread';

/**
 * LinkedIn's stock invitation sentences and the loose variants people type by hand (facts.md, "The
 * default texts"). The grader only treats a match as stock when the sentence ends there: "I'd like
 * to connect with you because…" goes on to say something and is not stock.
 */
export const STOCK_SENTENCES = [
  `${WANT} (?:add|have|get) you (?:to|in|into|on) (?:my|our) ${NETWORK}`,
  `${WANT} (?:connect|get connected|be connected)(?: with you)?(?: on linkedin)?`,
  `${WANT} (?:join your|invite you to join my) ${NETWORK}`,
  `(?:please )?join my ${NETWORK}`,
];

/** The oldest stock opening, a problem wherever it appears because it fakes familiarity. */
export const FAKE_FAMILIARITY = ["since you(?:'re| are) (?:a person|someone) (?:i|that i|whom i) trust"];

/** The stock group-member text; the grader widens a match to its clause, names and group included. */
export const GROUP_MEMBER = ["indicated (?:that )?you(?: are|'re) a fellow (?:group )?member"];

/** Words that continue a sentence after stock words, turning them into the start of a real note. */
export const CONTINUATIONS =
  'to because as since so and after about on in at from who for while with if when like'.split(' ');

/** Greetings that address nobody in particular ("Dear Sir/Madam", "Hi there", "To whom it may concern"). */
export const IMPERSONAL_GREETINGS = [
  'dear (?:sir/madam|sir or madam|sir|madam|hiring manager|recruiter|friend|connection|member|colleague|all|team)',
  'to whom it may concern',
  '(?:hi|hello|hey|greetings) (?:there|all|everyone|friend|sir|madam|folks|guys|team)',
];

/**
 * Praise that fits any profile ("impressive profile", "I'm impressed by your background", "you're an
 * inspiration"). Praise of something named ("your talk on pricing was great") is not on this list.
 */
const ANY_PROFILE = '(?:linkedin )?(?:profile|background|experience|career|journey|achievements)';
const PRAISE = '(?:impressive|great|amazing|awesome|inspiring|excellent|incredible|remarkable|stellar|fascinating)';
export const FLATTERY = [
  `${PRAISE} ${ANY_PROFILE}`,
  `(?:impressed|inspired|amazed) (?:by|with) your (?:${W}){0,1}(?:${ANY_PROFILE}|work|expertise|success)`,
  `your ${ANY_PROFILE} (?:is|are|looks|seems) (?:${W}){0,1}${PRAISE}`,
  `admire(?:r of)? your (?:${ANY_PROFILE}|work|expertise|success)`,
  "you(?:'re| are) (?:an?|such an?) (?:inspiration|thought leader|rockstar|legend|role model)",
  `(?:thought leader|big fan of yours)|talented (?:${W}){0,2}like yourself`,
];

/**
 * "How we know each other" that is true of everyone: the profile they came across, the mutual
 * connection count, the same industry.
 */
export const GENERIC_CONTEXT = [
  '(?:came across|stumbled (?:up)?on|found|saw|viewed|noticed|checked out) your (?:linkedin )?profile',
  '(?:[0-9]{1,4} |many |some )?(?:mutual|shared|common) (?:connections|contacts)',
  '(?:same|similar) (?:industry|field|space|sector)',
  'fellow (?:professional|entrepreneur|linkedin (?:member|user))s?',
  'people you may know',
  'interested in your (?:work|background|profile|experience)',
  'congrat(?:s|ulations) on (?:your |the )?(?:work anniversary|new (?:role|job|position))',
];

/**
 * How the writer knows them, or what of theirs prompted the note: where they met, what they read
 * or heard, what they share, who introduced them.
 */
export const CONTEXT_CUES = [
  "we(?:'ve| have)? (?:both )?(?:met|spoke|talked|chatted|worked|studied|shared|were|sat|served|volunteered|overlapped|played|went|had|exchanged|debated)",
  '(?:met|meet|meeting|seeing|saw|heard|watched|listened to) (?:you|u)|with (?:you|u) (?:at|on|in|during|last|this|yesterday|back)',
  "(?:you|u) (?:said|told me)|said (?:that )?(?:you|u)|heard (?:so much |a lot |lots )?about you|(?:gave|give|passed) me your (?:name|details|contact)|it's [a-z]{2,15} from",
  '(?:great|nice|good|lovely|a pleasure) (?:to meet|meeting|chatting|talking|to chat|to talk|speaking)',
  `your (?:${W}){0,3}(?:${WORKS})s?`,
  'you (?:gave|wrote|shared|posted|published|hosted|ran|led|taught|reported|answered|reviewed|merged|organi[sz]ed|recommended|mentioned)',
  '(?:read|watched|heard|saw|caught|enjoyed|loved|liked|valued|appreciated|attended|listened to|used|tried|took|joined|follow|followed|stopped by) (?:your|the)',
  '(?:changed|shaped|helped|saved|inspired|fixed) (?:how i|the way i|me|my|us|our)',
  `(?:i'm|i am|i was|it's) (?:the|your|one of the) (?:${W}){0,2}(?:who|on|at|from|in|with)`,
  `(?:i'm|i am|i was) (?:the|your|one of your|a|an) (?:${W}){0,2}(?:who|student|mentee|intern|customer|reader|listener|neighbou?r|client|patient|volunteer|member|teacher)(?! interested)`,
  "(?:former |ex-)?(?:classmate|colleague|coworker|co-worker|teammate|neighbou?r)s?|ex-[a-z0-9&']{2,20}|you asked (?:for|about|me)",
  `same (?:${W}){0,2}(?:school|university|college|program|bootcamp|cohort|class|team|company|group|club|course|${EVENTS})`,
  '(?:mutual|our) (?:friend|colleague|contact)',
  '(?:suggested|recommended|introduced|referred|pointed) (?:i|me|us|we|you)|(?:said|told me) (?:that )?i should',
  'mentioned (?:you|your)',
  'thanks? (?:you )?(?:so much |again )?for',
  `(?:at|during|after|from|on|in) (?:the|your|our) (?:${W}){0,4}(?:${EVENTS}|slack|discord|group|community|forum|channel|cohort|program|programme|chat)`,
  '(?:saw|noticed|read|see|heard|learned|learnt) (?:that )?(?:you|u)',
  'congrat(?:s|ulations) on',
  '(?:worked|working) (?:with you|together)',
  '(?:our|your) (?:recent |last |brief |quick )?(?:chat|conversation|call|meeting|coffee|exchange)',
  "remember (?:our|when|me)|it's been (?:a while|ages|years)",
];

/**
 * What the writer shares with them: a school, a group, a field, a place. Shared ground counts as
 * specific only when it names something ("fellow Georgia Tech alum", "both in the Seattle PM group");
 * "we both work in tech" is true of millions.
 */
export const SHARED_CUES = [
  "we're both|we are both|you and i",
  "fellow [a-z0-9'&-]{2,20}|alum(?:nus|na|ni|s)?",
  'both (?:in|at|from|on|work|studied|members|love|use)',
];

/**
 * Why the writer wants to connect: what they are working on or moving into, what they hope to learn,
 * what they would like to share. Whether the reason is specific is judged from the words around it.
 */
export const WHY_CUES = [
  "(?:i'm|i am|we're|we are) (?:also |currently |now |just |about to )?(?!reaching|contacting|messaging|sending|inviting|connecting|writing to|looking to connect|looking for|seeking)[a-z]{2,20}ing",
  "(?:i'm|i am) (?:really |very |so |now )?(?:new to|into|also|moving|planning|hoping|keen|eager|curious|interested)",
  `(?:i'm|i am) an? (?:${W}){1,3}(?:[a-z]{2,20}ing|interested in|passionate about|curious about|keen on|focused on)`,
  'because|since (?:i|we)|so (?:that|i|we|you)|as (?:i|we|a|an|someone)|keep the conversation going',
  'looking forward to (?:working|collaborating|meeting|seeing)',
  'hop(?:e|ing) (?:to(?! connect)|we|that)',
  `(?:love|like|glad|happy|keen|want|honou?red|excited) to (?:${W}){0,1}(?:learn|follow|hear|keep|stay|see|read|swap|compare|share|trade|understand|ask|discuss|talk|exchange|reconnect|catch up|cheer)`,
  '(?:to|and) (?:learn|follow|hear|keep up|reconnect|catch up|compare|swap)',
  '(?:value|appreciate) your (?:take|perspective|view|advice|thoughts|insight)|would value|(?:wanted|want) to (?:say )?thanks?',
  '(?:stay|keep) (?:in touch|connected|up)|reconnect',
  '(?:swap|compare|trade|exchange) (?:notes|tips|ideas|stories)',
  'for my (?:research|thesis|project|book|podcast|startup|class|course)',
  'curious (?:about|how|whether|if|what)',
  'too[.!]',
];

/** Thanks and softeners: the small courtesies that show you know they owe you nothing. */
export const THANKS = [
  'thanks?(?: you)?|many thanks|appreciate|grateful|cheers|no pressure|no worries if not',
  "if you(?:'re| are) open to it|hope you(?:'re| are) (?:well|doing well)|(?:kind|best|warm) regards|warmly",
];

/** Offers of something in return: help, a summary, an introduction. */
export const OFFERS = [
  '(?:happy|glad) to (?:help|share|introduce|return|send)',
  'if i can (?:ever )?(?:help|return the favou?r)|let me know if i can',
  'keep you (?:posted|updated)',
];

/**
 * Sales pitches: talk of "our product", offers, demos, discounts and promises to grow their revenue.
 * A pitch is still a pitch however politely it is wrapped.
 */
export const PITCH = [
  `our (?:${W}){0,1}(?:products?|solutions?|services?|platform|tool|software|app|agency|offer|offering|firm|pricing|demo|packages?)`,
  `(?:we|i) (?:help|enable|empower|specialize|specialise|offer|provide)(?: (?:${W}){0,2}(?:companies|businesses|brands|teams|founders|startups|clinics|people))?`,
  "(?:i|we)(?:'ve| have) helped",
  `helping (?:${W}){0,3}(?:companies|businesses|brands|founders|startups|teams|clinics|leaders|professionals|people|clients|owners)`,
  '(?:book|schedule|get|request|claim) (?:a |your )?(?:free )?(?:demo|trial|consultation|audit|quote|discovery call|strategy call)',
  'free (?:trial|consultation|audit|demo)|complimentary|discount|special (?:offer|pricing)|limited (?:time|spots)',
  '(?:increase|boost|grow|double|maximi[sz]e) (?:your )?(?:revenue|sales|leads|pipeline|roi|business|growth)',
  '(?:save|saving) you (?:time|money|hours)|cut (?:your )?costs|lead generation',
  `(?:send|share|show) (?:you|over) (?:how|a proposal|our|some)|send (?:you |over )(?:${W}){0,2}(?:deck|brochure|proposal)`,
  "(?:are you|would you be|if you(?:'re| are)) interested in (?:a|our|learning|trying)|interested\\?|we(?:'re| are) hiring",
  `help (?:you|your (?:${W}){0,1}(?:brand|business|company|team|clinic)s?) (?:grow|scale|increase|save|get|find|boost)`,
  'how we (?:can|could) help',
  'synerg(?:y|ies)|outsourc(?:e|ing)|(?:business|partnership) opportunit(?:y|ies)',
  'your (?:hiring|recruiting|marketing) needs|exciting (?:opportunit(?:y|ies)|roles?)|(?:open to|interested in) hearing more',
  '(?:how|does) your (?:${W}){0,1}(?:team|company) (?:currently )?(?:handles?|manages?|deals?)',
];

/**
 * Demands on a stranger: a job, a referral, a call, their time in minutes, a click, an endorsement.
 * Job-seeker asks in a first note are demands too.
 */
export const DEMANDS = [
  '(?:refer|hire) me|(?:a|an|your|any) referral|consider me for|put in a good word',
  '(?:give|get|find|offer) me (?:a )?(?:job|position|role|internship)',
  '(?:any|if there are any|do you have any|know of any) (?:job |open )?(?:positions|roles|jobs)|openings|vacancies|(?:any|job|open) vacancy',
  '(?:looking|searching) for (?:a |an |my next |any |new )?(?:job|position|role|internship|opportunit(?:y|ies))',
  "(?:you(?:'re| are)|your (?:company|team|school|firm) is|is your (?:company|team|school|firm)|are you) (?:currently )?hiring",
  '(?:my|attached) (?:resume|cv)|#?open ?to ?work|(?:share|send) (?:me )?your (?:updated )?(?:cv|resume)',
  '(?:hop|jump|get) on a (?:quick )?(?:call|zoom)',
  '[0-9]{1,3}[ -]?min(?:ute)?s?|(?:fifteen|twenty|thirty|ten) minutes',
  '(?:schedule|set up|book) (?:a )?(?:call|meeting|zoom)',
  '(?:send|give) me (?:your|a|the)(?! name)|call me|(?:whatsapp|email|dm) me',
  '(?:check out|look at) my|click (?:here|the link)|subscribe|sign up|link in (?:my )?bio',
  'endorse (?:me|my|you back)|follow back|connect back|pick your brain',
  '(?:follow|like|share|visit) my (?:page|posts?|channel|newsletter|website)',
];

/**
 * Gentler asks for time in a first note: a chat, a call, a coffee. Better saved for later. Asking
 * for advice is not on this list: the essay accepts it when the note is written with care.
 */
export const SOFT_ASKS = [
  '(?:open to|up for) (?:a |an )?(?:quick |short |brief |virtual )?(?:coffee chat|coffee|chat|call|meeting)',
  '(?:quick|short|brief) (?:chat|call|meeting)|(?:grab|get) (?:a )?coffee|coffee chat|(?:coffee|a call) some ?(?:time|day)',
];

/** Pushy or curt lines: insisting on acceptance, urgency, blaming the reader. */
export const RUDE = [
  'accept (?:my|the|this) (?:request|invitation|invite)|just accept|asap|urgent(?:ly)?',
  "do(?:n'?t| not) ignore|why (?:haven't|didn't|don't) you|(?:reply|respond|revert) (?:me|soon|asap)",
  'you (?:must|have to|need to|should) (?:accept|connect|reply)|i need you to|waiting for your (?:reply|response)',
];

/**
 * Collecting connections rather than choosing people: growing one's network, open networking, big
 * connection counts, "connect with as many".
 */
export const NETWORK_COLLECTING = [
  '(?:expand|grow|build|broaden|extend|increase|widen)(?:ing)? (?:my|our) (?:professional )?(?:network|connections|circle)',
  "let'?s grow|mutual growth|open networker|lion|(?:more|new) connections",
  '(?:connect|network|networking) with (?:as many|more|other|like-minded|all)',
  'like-minded (?:people|professionals)|(?:for|just for) networking(?: purposes)?',
  '(?:i )?accept (?:all|every|any) (?:invit|request|connection)[a-z]*|never (?:ignore|decline)',
  '[0-9]{1,3}(?:,[0-9]{3}|k)\\+? (?:connections|followers)|[0-9]{3,5}\\+',
  'always (?:looking|happy|open) to (?:connect|network)',
];

/** Text-speak that reads as not bothering to type the words out. */
export const TEXTSPEAK = ['pls|plz|thx|u|ur|r u|b4|coz|cuz|gr8'];

/** Sign-offs that open a signature ("Best,", "Thanks,", "Kind regards,"). */
export const SIGN_OFFS = [
  '(?:best|kind|warm|many) regards|regards|best wishes|all the best|best|cheers|thanks(?: again)?|thank you',
  'many thanks|sincerely|yours(?: truly)?|warmly|talk soon|take care',
];

/** Greeting words that may open a note. */
export const GREETINGS = ['hi|hello|hey|hiya|dear|greetings|good (?:morning|afternoon|evening)|hola|hallo|bonjour'];

/**
 * Unfilled template fields: "{{first_name}}", "[Name]", "[First name]", "<name>", "{company}",
 * "%FIRST_NAME%". Mass-outreach tools leave these behind when a field is empty.
 */
export const PLACEHOLDER_PATTERN = (() => {
  const field =
    '(?:(?:first|last|full|company|contact|recipient|your|their)[ _-]?)?(?:name|company|organi[sz]ation|title|job|role|position|industry|school|event|city|topic|field|x{1,3})';
  return `\\{\\{[^{}\\n]{0,40}\\}\\}|\\[ ?(?:insert )?${field}[^\\[\\]\\n]{0,30}\\]|[{<] ?${field}[^{}<>\\n]{0,30}[}>]|%[a-z_]{2,30}%`;
})();

/** Web addresses: "https://…", "www.…" and bare domains such as "example.com/pod". */
export const LINK_PATTERN =
  '(?<![a-z0-9@./])(?:https?://|www\\.)[^\\s]{1,200}|(?<![a-z0-9@./-])[a-z0-9-]{1,63}\\.(?:com|io|net|org|co|ly|me|app|dev|ai)(?:/[^\\s]{0,200})?(?![a-z0-9])';

/** Quoted titles: text between double or single quotes, up to 80 characters. */
export const QUOTE_PATTERN = `"[^"\\n]{2,80}"|(?<![a-z])'[^'\\n]{2,60}'(?![a-z])`;
