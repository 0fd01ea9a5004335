/**
 * Phrase lists the grader matches against a normalised note (lower case, ASCII apostrophes, quotes
 * and dashes, single spaces). Each entry is a small regular expression: a space stands for one space
 * or line break, and every entry matches whole words only. Quantifiers are always bounded so that no
 * entry can backtrack badly on a long paste.
 */

/** A word of up to 25 letters, digits or joining marks, followed by a space: a filler slot. */
const W = "[a-z0-9'&/.+-]{1,25} ";

/** Ways people say they want something: "I'd like to", "I would love to", "I want to", "would like to". */
const WANT = "(?:i(?:'d| would|d)? (?:really )?(?:like|love) to|i (?:want|wanted|wish) to|would (?:like|love) to)";

/** The kinds of network LinkedIn's stock texts name: "my professional network", "my LinkedIn network". */
const NETWORK = '(?:(?:professional|linkedin) ){0,2}network(?: (?:here )?on linkedin)?';

/**
 * LinkedIn's stock invitation sentences and the loose variants people type by hand (facts.md, "The
 * default texts"). The grader only treats a match as stock when the sentence ends there: "I'd like
 * to connect with you because…" goes on to say something and is not stock.
 */
export const STOCK_SENTENCES = [
  `${WANT} add you to (?:my|our) ${NETWORK}`,
  `${WANT} (?:have|get) you (?:in|into|on) my ${NETWORK}`,
  `${WANT} (?:connect|get connected|be connected)(?: with you)?(?: (?:here )?on linkedin)?`,
  `${WANT} join your ${NETWORK}`,
  `${WANT} invite you to (?:join|connect with) my ${NETWORK}`,
  `(?:i'd|i would|i want to|i wanted to) invite you to join my ${NETWORK}`,
  `(?:please )?join my ${NETWORK}`,
];

/** The oldest stock opening, a problem wherever it appears because it fakes familiarity. */
export const FAKE_FAMILIARITY = [
  "since you(?:'re| are) (?:a person|someone|somebody|a contact|a friend) (?:i|that i|whom i) trust",
];

/** The stock group-member text; the grader widens a match to its clause, names and group included. */
export const GROUP_MEMBER = ["has indicated (?:that )?you(?: are|'re) a fellow (?:group )?member of"];

/** Words that continue a sentence after stock words, turning them into the start of a real note. */
export const CONTINUATIONS = (
  'to because as since so and after given about regarding re on in at from who which for while following via ' +
  'over through with if when whose especially now like'
).split(' ');

/** Greetings that address nobody in particular ("Dear Sir/Madam", "Hi there", "To whom it may concern"). */
export const IMPERSONAL_GREETINGS = [
  'dear (?:sir or madam|sir/madam|madam/sir|sirs|sir|madam|hiring manager|recruiter|connection|friend|colleague|member|user|professional|linkedin (?:member|user)|all|team)',
  'to whom it may concern',
  "(?:hi|hello|hey|greetings|good (?:morning|afternoon|evening|day)) (?:there|all|everyone|friend|dear|sir|madam|ma'am|folks|guys|connection|team)",
];

/**
 * Praise that fits any profile ("impressive profile", "I'm impressed by your background", "you're an
 * inspiration"). Praise of something named ("your talk on pricing was great") is not on this list.
 */
export const FLATTERY = [
  '(?:impressive|great|amazing|awesome|interesting|inspiring|outstanding|stunning|excellent|fantastic|wonderful|incredible|remarkable|strong|stellar|beautiful|cool|lovely|solid|extensive|rich|diverse) (?:linkedin )?(?:profile|background|experience|career|journey|resume|cv|achievements|accomplishments)',
  '(?:impressed|inspired|amazed|blown away|fascinated) (?:by|with) your (?:impressive |amazing |great )?(?:linkedin )?(?:profile|background|experience|career|journey|work|achievements|accomplishments|success|expertise)',
  'your (?:linkedin )?(?:profile|background|experience|career|journey|work|expertise|achievements) (?:is|are|looks|seems|seem) (?:really |very |truly |so |quite |super )?(?:impressive|amazing|inspiring|great|awesome|interesting|outstanding|incredible|remarkable|fascinating)',
  '(?:i )?admire your (?:impressive |amazing |great )?(?:work|career|profile|journey|achievements|success|expertise|background)',
  'your impressive(?: (?:profile|background|experience|career|journey|work))?',
  "you(?:'re| are) (?:an|a true|a real|such an?) (?:inspiration|thought leader|rockstar|rock star|legend|role model)",
  'thought leader',
  'great person to know',
  '(?:seem|seems) like a (?:great|wonderful|nice|amazing) person',
  'truly inspiring',
  '(?:big|huge) fan of (?:yours|your work)',
];

/**
 * "How we know each other" that is true of everyone: the profile they came across, the mutual
 * connection count, the same industry.
 */
export const GENERIC_CONTEXT = [
  '(?:came across|stumbled (?:up)?on|found|saw|viewed|visited|checked out|noticed|looked at|went through|browsed|seen) your (?:linkedin )?profile',
  'your (?:linkedin )?profile (?:came up|popped up|appeared)',
  'people you may know',
  '(?:we have|we share|i see we have|i noticed we have|you and i have|we) (?:[0-9]{1,5} |many |several |a lot of |lots of |some |a few |a number of )?(?:mutual|shared|common) (?:connections|contacts|friends)',
  '(?:same|similar) (?:industry|field|space|sector|line of work|profession)',
  'fellow (?:professional|professionals|entrepreneur|entrepreneurs|linkedin (?:member|user)s?|business (?:owner|person)s?)',
  'interested in your (?:work|background|profile|experience|career|journey|content)',
  'congrat(?:s|ulations) on (?:your |the )?(?:work anniversary|new (?:role|job|position))',
  '(?:in|across) the ' + `(?:${W}){0,1}` + '(?:industry|space|sector)',
];

/**
 * How the writer knows them, or what of theirs prompted the note: where they met, what they read
 * or heard, what they share, who introduced them.
 */
export const CONTEXT_CUES = [
  'we (?:met|spoke|talked|chatted|sat|worked|studied|volunteered|overlapped|played|presented|served|collaborated|shared|were both|both|were in|were on|were at|were volunteers|were classmates|were colleagues)',
  '(?:met|meeting|meet) you',
  '(?:great|nice|good|lovely|fun|a pleasure|wonderful) (?:to meet|meeting|to chat|chatting|to talk|talking|speaking|to speak|seeing|to see|running into)',
  '(?:chatted|talked|spoke|spoken) (?:at|during|after|briefly|with you|about)',
  `your (?:${W}){0,3}(?:talk|post|article|piece|essay|blog|blog post|podcast|episode|newsletter|video|thread|comment|book|paper|study|research|presentation|session|keynote|workshop|lecture|class|course|panel|webinar|interview|demo|repo|repository|library|crate|package|project|case study|report|tutorial|guide|seminar|stream|answer|reply|tweet|work on|lab|slides|deck|open source|write-up|writeup|recipe|photos|exhibition|show|album|startup|launch)s?`,
  `(?:the|that|a) (?:${W}){0,3}(?:talk|post|article|piece|paper|keynote|workshop|lecture|session|podcast|episode|video|thread|comment|demo|webinar|panel|interview|study|book) (?:you|that you) (?:gave|wrote|shared|posted|published|hosted|ran|led|did|made|recorded|taught|presented)`,
  '(?:read|watched|heard|saw|enjoyed|loved|liked|attended|listened to|discovered|used|tried|took|joined|found) your',
  '(?:heard|saw|watched) you (?:speak|present|talk|on|at)',
  "(?:i'm|i am) (?:in|taking|enrolled in|attending|a member of) your",
  '(?:former |ex-|old )?(?:classmate|colleague|coworker|co-worker|teammate|team mate)s?',
  `same (?:${W}){0,2}(?:school|university|college|program|programme|bootcamp|cohort|class|team|company|group|community|club|course|building|office|floor|meetup|conference|event|panel|lab|project|gym|church|choir|league)`,
  'mutual (?:friend|colleague|contact|acquaintance)',
  '(?:suggested|recommended) (?:i|that i|we|reaching|connecting|you)',
  '(?:introduced|introducing) (?:us|me)',
  '(?:intro|introduction) to',
  '(?:put|pointed) me (?:in touch|to you|your way)',
  'mentioned (?:you|your)',
  "thanks? (?:you )?(?:so much |again )?for (?:[a-z0-9]{2,15}'s|last [a-z]{2,10}'s|the|your|answering|sharing|speaking|hosting|taking|replying|organi[sz]ing|helping|running|a great|all|writing|teaching|presenting|leading|mentoring)",
  `(?:at|during|after|from) the (?:${W}){0,4}(?:meetup|conference|summit|event|workshop|hackathon|webinar|panel|session|talk|q&a|breakfast|dinner|lunch|happy hour|fair|expo|booth|open day|seminar|lecture|class|course|marathon|game|retreat|offsite|festival|launch|demo day|mixer|camp|bootcamp|training|ceremony|party|meeting|call)`,
  `in (?:the|your) (?:${W}){0,3}(?:slack|discord|group|community|forum|channel|class|course|cohort|bootcamp|program|programme|subreddit|chat)`,
  `(?:saw|noticed|read|see|heard) (?:that )?you(?:'re| are| were| have|'ve| recently| just)`,
  'congrat(?:s|ulations) on',
  "(?:worked|working|will work|'ll be working|be working|collaborated) (?:with you|together)",
  "(?:i'm|i am|i was) (?:your|one of your|a) (?:former )?(?:student|mentee|intern|customer|reader|listener|neighbou?r|client|patient|teammate)",
  '(?:our|your) (?:recent |last |brief |great |quick )?(?:chat|conversation|call|talk|meeting|coffee|lunch|exchange|semester|trip|internship|days)',
  'remember (?:our|when|me|the)',
  'long time no see',
  "it's been (?:a while|ages|years|too long|a long time)",
];

/**
 * What the writer shares with them: a school, a group, a field, a place. Shared ground counts as
 * specific only when it names something ("fellow Georgia Tech alum", "both in the Seattle PM group");
 * "we both work in tech" is true of millions.
 */
export const SHARED_CUES = [
  "we're both|we are both|you and i (?:both|met|worked)",
  "fellow [a-z0-9'&-]{2,20}",
  'alum(?:nus|na|ni|s)?',
  'both (?:in|at|from|on|work|worked|studied|attended|volunteer|volunteered|run|organi[sz]e|members|speakers|spoke|love|use|building|working)',
  'we (?:both )?share',
  "(?:i'm|i am) also (?:an?|in|at|from|based in|working|studying|building)",
];

/**
 * Why the writer wants to connect: what they are working on or moving into, what they hope to learn,
 * what they would like to share. Whether the reason is specific is judged from the words around it.
 */
export const WHY_CUES = [
  "(?:i'm|i am|we're|we are) (?:also |currently |now |just |really |actually |slowly |finally |busy )?(?!reaching|contacting|messaging|sending|inviting|connecting|adding you|writing to|looking to connect|looking for|seeking)[a-z]{2,20}ing",
  "(?:i'm|i am) an? (?:[a-z-]{2,20} ){1,3}(?:[a-z]{2,20}ing|interested in|passionate about|curious about|keen on|focused on)",
  "(?:i'm|i am|we're|we are) (?:about|going|planning|trying|hoping|preparing) to",
  "(?:i'm|i am) (?:new to|moving|transitioning|switching|keen|eager|curious|planning|hoping|about to|trying|preparing|considering|interested in)",
  'because',
  'since (?:i|we)',
  "as (?:i'm|i am|i've|i have|we're|we are|a|an|someone who|part of|i)",
  'so (?:that|i|we)',
  'hoping (?:to|we|that)',
  '(?:i |we )?hope to',
  "(?:i'd|i would|would|i) (?:love|like|be glad|be happy|be keen|be grateful|really like|really love) to (?:learn|follow|hear|keep|stay|see|read|swap|compare|share|trade|understand|ask|discuss|talk|know|exchange|explore|reconnect|catch up|find out)",
  '(?:love|like|value|appreciate) your (?:take|perspective|view|views|advice|thoughts|input|insight|insights|feedback|opinion)',
  '(?:to|and) (?:learn|follow|hear|keep up with|stay in touch|reconnect|catch up|compare|swap|understand)',
  '(?:stay|keep) in touch',
  'stay connected',
  'reconnect',
  '(?:swap|compare|trade|exchange) (?:notes|tips|ideas|stories|experiences)',
  '(?:happy|glad) to (?:help|share|introduce|return|send|compare)',
  'if i can (?:ever )?(?:help|be of help|return the favou?r)',
  'keep you (?:posted|updated|in the loop)',
  'would value',
  'for my (?:research|thesis|dissertation|project|book|article|podcast|startup|class|course|studies)',
  'curious (?:about|how|whether|if|what|to)',
  'looking forward to (?:working|collaborating|meeting|seeing)',
  '(?:changed|shaped|transformed|improved) (?:how|the way|my|our)',
  '(?:helped|saved|inspired) (?:me|us|our|my)',
];

/** Thanks and softeners: the small courtesies that show you know they owe you nothing. */
export const THANKS = [
  'thanks?(?: you)?(?: so much| a lot| again| in advance)?',
  'many thanks',
  '(?:i )?(?:really |truly |would )?appreciate',
  'grateful',
  'no pressure',
  'no worries if not',
  "if you(?:'re| are) open to it",
  "hope you(?:'re| are) (?:well|doing well)",
  'cheers',
  '(?:kind|best|warm|warmest) regards',
  'warmly',
];

/** Offers of something in return: help, a summary, an introduction. */
export const OFFERS = [
  '(?:happy|glad) to (?:help|share|introduce|return|send|compare)',
  'if i can (?:ever )?(?:help|be of help|return the favou?r)',
  'let me know if i can',
  'keep you (?:posted|updated|in the loop)',
  '(?:share|send) (?:you )?(?:my |the |our )?(?:results|notes|findings|what i learn)',
];

/**
 * Sales pitches: talk of "our product", offers, demos, discounts and promises to grow their revenue.
 * A pitch is still a pitch however politely it is wrapped.
 */
export const PITCH = [
  'our (?:new |latest |exclusive |free |innovative |award-winning |premium |custom |[a-z]{2,15}-powered |[a-z]{2,15}-based )?(?:product|products|solution|solutions|service|services|platform|tool|tools|software|app|agency|offer|offering|firm|consultancy|pricing|pricing deck|webinar|demo|package|packages|plans)',
  'our (?:team|company|agency|firm|startup) (?:can|helps|offers|provides|builds|specializes|specialises)',
  'we (?:help|enable|empower|specialize|specialise|offer|provide|partner with)',
  `(?:i|we) help (?:${W}){0,3}(?:companies|businesses|brands|teams|founders|startups|organizations|organisations|agencies|clients|coaches|professionals|leaders|people|firms|retailers|owners|executives|you)`,
  `helping (?:${W}){0,3}(?:companies|businesses|brands|founders|startups|agencies|professionals|coaches|leaders|executives|owners|teams) (?:to )?(?:grow|scale|increase|find|get|generate|double|boost|save|achieve|build|land|reach)`,
  '(?:book|schedule|get|request|see|try|claim|grab) (?:a |your |our )?(?:free |quick |short |personali[sz]ed )?(?:demo|trial|consultation|audit|strategy call|discovery call|quote|proposal|sample)',
  'free (?:trial|consultation|audit|demo|discovery call|strategy session|quote|sample|ebook|e-book|guide|webinar|assessment)',
  '[0-9]{1,3} ?% (?:off|discount)',
  'discount',
  'special (?:offer|pricing|deal|rate)',
  'limited (?:time|spots|seats|offer|availability)',
  'spots are limited',
  '(?:increase|boost|grow|double|triple|10x|skyrocket|maximi[sz]e|improve) (?:your )?(?:revenue|sales|leads|pipeline|roi|conversions|traffic|business|brand|bottom line|profits?|growth|presence|engagement|followers|bookings)',
  'lead generation',
  'generate (?:more )?leads',
  '(?:save|saving) (?:you )?(?:time and money|money|hours|thousands)',
  'cut (?:your )?costs',
  '(?:pricing deck|price list|rate card|brochure)',
  '(?:can|may|could) i (?:send|share) (?:you|over) (?:a |some |our |my |the )?(?:few )?(?:examples|proposal|deck|brochure|case studies|portfolio|samples|pricing|details|info)',
  '(?:send|share) (?:you |over )?(?:a |our |my )?(?:proposal|deck|brochure|case studies|pricing)',
  "(?:are you|would you be|if you(?:'re| are)) interested in (?:a |our |learning more|hearing more|trying|working)",
  'interested\\?',
  'high-converting',
  'seo (?:services|agency|audit)',
  'white[ -]label',
  'outsourc(?:e|ing)',
  'synerg(?:y|ies)',
  '(?:business |potential )?(?:collaboration|partnership) opportunit(?:y|ies)',
  'your (?:hiring|recruiting|staffing|marketing|it) needs',
  'if you (?:ever )?need (?:help|a|an|someone)',
  `(?:we|i)(?:'ve| have) (?:helped|saved) (?:${W}){0,3}(?:teams|companies|businesses|clients|brands|customers|founders|stores)`,
  '(?:the )?right person to (?:talk|speak) to',
  'exclusive (?:webinar|offer|event|invite)',
  '(?:an? )?(?:exciting|great|amazing|unique) (?:opportunity|role|position|offer) (?:that|for|at|with)',
  '(?:open|interested) (?:to|in) (?:a )?(?:new )?(?:roles?|opportunit(?:y|ies)|positions?|a move|a change)',
];

/**
 * Demands on a stranger: a job, a referral, a call, their time in minutes, a click, an endorsement.
 * Job-seeker asks in a first note are demands too.
 */
export const DEMANDS = [
  'refer me',
  '(?:a|an|your|for a|any) referral',
  '(?:give|get|find|offer) me a (?:job|position|role|internship|placement)',
  '(?:help|helping) me (?:get|find|land|secure) (?:a )?(?:job|position|role|internship|work)',
  'hire me',
  '(?:any|are there any|if there are any|do you have any|if you have any|know of any) (?:job |open |current |available )?(?:openings|opening|vacancies|vacancy|positions|roles|opportunities|jobs)',
  '(?:looking|searching|hunting) for (?:a |new |my next |an? |any |job )?(?:job|jobs|position|positions|role|roles|internship|work|employment|opportunit(?:y|ies))',
  "(?:i'm|i am|currently|actively) seeking (?:a |new |an? )?(?:job|position|role|opportunit(?:y|ies)|employment|internship)",
  'in need of a job',
  "(?:is|if) (?:your company|your team|your firm|you(?:'re| are))(?: is| are)? (?:currently )?hiring",
  'are you hiring',
  'consider me for',
  '(?:my|attached) (?:resume|cv|resume is attached)',
  '(?:forward|pass|send) (?:on |along )?my (?:resume|cv|application)',
  'put in a good word',
  '#?open ?to ?work',
  '(?:hop|jump|get) on a (?:quick |short )?(?:call|zoom|phone call|meeting)',
  '[0-9]{1,3}[ -]?(?:minutes?|mins?)(?: (?:of your time|call|chat|meeting|demo|zoom|conversation))?',
  '(?:fifteen|twenty|thirty|ten|five) minutes',
  '(?:schedule|set up|book|arrange) (?:a |some )?(?:call|meeting|zoom|time)',
  '(?:can|could) (?:we|you) (?:have|do|schedule|set up|get on|hop on|jump on) (?:a )?(?:quick )?(?:call|meeting|zoom)',
  'call me',
  '(?:send|give) me (?:your|a|the|some)',
  '(?:check out|take a look at|look at|have a look at) my',
  'endorse (?:me|my)',
  '(?:write|give) me a recommendation',
  '(?:follow|like|share|subscribe to|visit|join) my (?:page|post|posts|channel|podcast|newsletter|website|site|group|profile)',
  'subscribe',
  'sign up',
  'click (?:here|the link|on)',
  'link in (?:my )?bio',
  'pick your brain',
  '(?:whatsapp|email|dm|text) me',
  '(?:review|look over|critique) my (?:resume|cv|profile|portfolio|website|site|application)',
  "i'll endorse you back",
  'endorse you back',
  'follow back',
  'connect back',
];

/**
 * Gentler asks for time in a first note: a chat, a call, a coffee. Better saved for later. Asking
 * for advice is not on this list: the essay accepts it when the note is written with care.
 */
export const SOFT_ASKS = [
  "(?:would you be|are you|if you(?:'re| are)|you might be) open to (?:a |an )?(?:quick |short |brief |virtual |informal )?(?:coffee chat|chat|call|coffee|meeting|conversation|catch-up|catch up)",
  '(?:open to|up for) (?:a |an )?(?:quick |short |brief |virtual )?(?:coffee chat|chat|call|coffee|meeting|conversation)',
  '(?:a |virtual |quick )?coffee chat',
  '(?:grab|get) (?:a |an )?(?:virtual )?coffee',
  '(?:quick|short|brief) (?:chat|call|meeting)',
];

/** Pushy or curt lines: insisting on acceptance, urgency, blaming the reader. */
export const RUDE = [
  'accept (?:my|the|this) (?:request|invitation|invite|connection)',
  'asap',
  'urgent(?:ly)?',
  "don'?t ignore",
  'do not ignore',
  "why (?:haven't|didn't|won't|don't) you",
  'you (?:must|have to|need to|should) (?:accept|connect|reply|respond)',
  'just accept',
  '(?:reply|respond|revert) (?:me|soon|quickly|back soon|asap)',
  'i need you to',
  'waiting for your (?:reply|response|acceptance)',
];

/**
 * Collecting connections rather than choosing people: growing one's network, open networking, big
 * connection counts, "connect with as many".
 */
export const NETWORK_COLLECTING = [
  '(?:expand|expanding|grow|growing|build|building|broaden|broadening|extend|extending|increase|increasing|widen|widening|strengthen|enlarge|enlarging) (?:my|our|your) (?:professional |linkedin |personal |business )?(?:network|networks|connections|circle|reach)',
  'grow (?:our networks|together)',
  "let'?s grow",
  'mutual growth',
  '(?:connect|network|networking) with (?:as many|more|other|others|fellow|like-minded|all|many)',
  'as many (?:people|connections|professionals) as',
  'like-minded (?:people|professionals|individuals|folks)',
  'open networker',
  'lion',
  '(?:i )?accept (?:all|every|any) (?:invitations?|requests?|connections?|invites?)',
  'never (?:click )?(?:idk|ignore|decline|reject)',
  '[0-9]{1,3}(?:,[0-9]{3}|k)\\+? (?:connections|followers)',
  '[0-9]{3,5}\\+',
  '(?:more|new) connections',
  '(?:for|purely for|just for) networking(?: purposes)?',
  'networking purposes',
  'always (?:looking|happy|open|keen) to (?:connect|network|add)',
  '(?:connect|connecting) with everyone',
  'network of [0-9]',
];

/** Text-speak that reads as not bothering to type the words out. */
export const TEXTSPEAK = ['pls', 'plz', 'thx', 'thnx', 'u', 'ur', 'r u', 'b4', 'coz', 'cuz', 'gr8', 'k thx'];

/** Sign-offs that open a signature ("Best,", "Thanks,", "Kind regards,"). */
export const SIGN_OFFS = [
  '(?:best|kind|warm|warmest|many) regards',
  'regards',
  'best wishes',
  'all the best',
  'best',
  'cheers',
  'thanks(?: again| so much| a lot)?',
  'thank you(?: so much| again)?',
  'many thanks',
  'sincerely',
  'yours(?: truly| sincerely)?',
  'warmly',
  'talk soon',
  'take care',
  'respectfully',
];

/** Greeting words that may open a note. */
export const GREETINGS = [
  'hi',
  'hello',
  'hey',
  'hiya',
  'heya',
  'howdy',
  'dear',
  'greetings',
  'good (?:morning|afternoon|evening|day)',
  'yo',
  'hallo',
  'hola',
  'bonjour',
];

/**
 * Unfilled template fields: "{{first_name}}", "[Name]", "[First name]", "<name>", "{company}",
 * "%FIRST_NAME%", "$first_name". Mass-outreach tools leave these behind when a field is empty.
 */
export const PLACEHOLDER_PATTERN = (() => {
  const field =
    '(?:(?:first|last|full|given|sur|company|contact|recipient|prospect|lead|your|their|his|her)[ _-]?)?(?:name|firstname|lastname|company|organi[sz]ation|org|title|job|job[ _-]?title|role|position|industry|school|university|event|city|location|topic|field|skill|product|recipient|contact|prospect|niche|pain point|mutual|x{1,3})';
  return [
    '\\{\\{[^{}\\n]{0,40}\\}\\}',
    `\\{ ?${field}[^{}\\n]{0,30}\\}`,
    `\\[ ?(?:insert |enter |add )?${field}[^\\[\\]\\n]{0,30}\\]`,
    `< ?${field}[^<>\\n]{0,30}>`,
    '%[a-z_]{2,30}%',
    '\\$\\{?[a-z]{2,20}_[a-z_]{1,30}\\}?',
  ].join('|');
})();

/** Web addresses: "https://…", "www.…" and bare domains such as "example.com/pod". */
export const LINK_PATTERN =
  '(?<![a-z0-9@./])(?:https?://|www\\.)[^\\s]{1,200}|(?<![a-z0-9@./-])[a-z0-9-]{1,63}(?:\\.[a-z0-9-]{1,63}){0,3}\\.(?:com|io|net|org|co|ly|me|app|dev|ai|xyz|link|page|site|biz|info)(?:/[^\\s]{0,200})?(?![a-z0-9])';

/** Quoted titles: text between double quotes, up to 80 characters. */
export const QUOTE_PATTERN = '"[^"\\n]{2,80}"';
