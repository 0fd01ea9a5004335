/**
 * Phrase lists the grader's rules match against a folded note (lower case, ASCII apostrophes,
 * quotes and dashes, single spaces). Each entry is a small regular expression: a space stands for
 * one space or line break, and every entry matches whole words only. Quantifiers are always bounded
 * so that no entry can backtrack badly on a long paste.
 *
 * The lists are cues, not verdicts: whether a context or a reason is specific is read from the
 * words around a cue (see clauses.ts and features.ts), so notes worded in ways no list foresaw are
 * still read fairly. Each list names common, general forms only, with one comment on why it is here.
 */

/** A word of up to 25 letters, digits or joining marks, followed by a space: a filler slot. */
const W = "[a-z0-9'&/.+#-]{1,25} ";

/** Ways people say they want something: "I'd like to", "I would love to", "I want to". */
const WANT = "(?:i(?:'d| would|d)? (?:really )?(?:like|love) to|i (?:want|wanted|wish) to|would (?:like|love) to)";

/** The kinds of network LinkedIn's stock texts name: "my professional network". */
const NETWORK = '(?:(?:professional|linkedin) ){0,2}network(?: on linkedin)?';

/** Things of someone's a note may name: a talk, a post, a repository, a checklist. */
const WORKS =
  'talk|post|article|piece|essay|blog|podcast|episode|newsletter|video|thread|comments?|book|paper|thesis|research|study|presentation|keynote|workshop|lecture|class|course|panel|webinar|interview|demo|repo|library|project|report|guide|answer|reply|notes|slides|write-?up|launch|app|map|checklist|template|tool|site|website|recipe|photos?|design|campaign|series|show|session|question|review|tutorial|lesson|sermon|exhibition|album|song|game|story|speech';

/** Places and occasions where people meet. */
const EVENTS =
  'meetup|conference|summit|event|workshop|hackathon|webinar|panel|session|talk|q&a|dinner|lunch|breakfast|happy hour|fair|expo|booth|seminar|forum|lecture|class|course|retreat|festival|mixer|bootcamp|training|party|meeting|game|gym|club|ward|shift|office|stand|stall|table|clinic|hospital|school|night|evening|morning|afternoon|night|show|launch|tour|visit|open day|induction|orientation';

/**
 * LinkedIn's stock invitation sentences and the loose variants people type by hand (facts.md, "The
 * default texts"). A match is only stock when the sentence ends there: "I'd like to connect with you
 * because…" goes on to say something.
 */
export const STOCK_SENTENCES = [
  `${WANT} (?:add|have|get|invite) you (?:to|in|into|on) (?:join )?(?:my|our) ${NETWORK}`,
  `${WANT} (?:connect|get connected|be connected)(?: with you)?(?: on linkedin)?`,
  `${WANT} (?:join your|invite you to join my) ${NETWORK}`,
  `(?:please )?join my ${NETWORK}`,
  `(?:please )?(?:add me to|accept me (?:in|into)) your ${NETWORK}`,
];

/** The oldest stock opening: a problem wherever it appears, because it fakes familiarity. */
export const FAKE_FAMILIARITY = ["since you(?:'re| are) (?:a person|someone) (?:i|that i|whom i) trust"];

/** The old stock header: "X has indicated you are a Friend / a fellow group member". */
export const GROUP_MEMBER = [
  "indicated (?:that )?you(?: are|'re) (?:a |an |my )?(?:fellow (?:group )?member|friend|colleague|classmate|business partner)",
];

/** LinkedIn's stock text in the languages its app speaks most: the words for "professional network". */
export const FOREIGN_STOCK = [
  'red profesional|r[eé]seau professionnel|(?:beruflichen?|professionellen?) netzwerk|rede profissional|rete professionale|professionele netwerk',
];

/** Words that continue a sentence after stock words, turning them into the start of a real note. */
export const CONTINUATIONS =
  'to because as since so and after about on in at from who for while with if when like'.split(' ');

/** Greetings that address nobody in particular ("Dear Sir/Madam", "Hi there", "Hi Dear"). */
export const IMPERSONAL_GREETINGS = [
  'dear (?:sir/madam|sir or madam|sir|madam|hiring manager|recruiter|friend|connection|member|colleague|all|team)',
  'to whom it may concern',
  '(?:hi|hello|hey|greetings) (?:there|all|everyone|friend|sir|madam|folks|guys|team|dear)',
];

/**
 * Praise that fits any profile ("impressive profile", "inspired by your expertise", "your background
 * caught my eye"). Praise of something named ("your talk on pricing was great") is not on this list.
 */
const ANY_PROFILE =
  '(?:linkedin )?(?:profile|background|experience|career|journey|achievements|accomplishments|expertise|leadership|track record)';
const PRAISE =
  '(?:impressive|great|amazing|awesome|inspiring|excellent|incredible|remarkable|stellar|fascinating|outstanding|exceptional)';
export const FLATTERY = [
  `${PRAISE} ${ANY_PROFILE}`,
  `(?:impressed|inspired|amazed|drawn in) (?:by|with) your (?:${W}){0,1}(?:${ANY_PROFILE}|work|success)`,
  `your (?:${W}){0,2}${ANY_PROFILE} (?:(?:is|are|looks|seems|really|truly|very|so|has) ){0,3}(?:${PRAISE}|caught my eye|stood out|stands out)`,
  `admire(?:r of)? your (?:${ANY_PROFILE}|work|success)`,
  "you(?:'re| are) (?:an?|such an?) (?:inspiration|thought leader|rockstar|legend|role model)",
  `big fan of yours|talented (?:${W}){0,2}like yourself|very impressive|(?:accomplished|achieved) (?:a great deal|so much|a lot)`,
  `(?:a |an )?(?:leader|expert|authority|pioneer|innovator|visionary) in (?:the )?(?:${W}){0,2}(?:space|industry|field|sector|world)`,
];

/**
 * Mass-written boilerplate: sentences a tool or a template writes for everyone ("I hope this message
 * finds you well", "synergies", "explore potential collaboration opportunities").
 */
export const BOILERPLATE = [
  '(?:i )?hope (?:this|my) (?:message|note|email|invitation) finds you(?: well)?',
  "hope you(?:'re| are) (?:thriving|doing great|having a (?:great|good|wonderful|lovely) (?:day|week))",
  'your (?:professional|career|inspiring|impressive|incredible|amazing|remarkable) journey',
  'synerg(?:y|ies|istic)|esteemed|mutually beneficial|value[- ]add|thought leaders?',
  `explore (?:potential |possible |mutual |any )?(?:collaboration|partnership|business|synergies|opportunities|ways)`,
  '(?:potential|possible|future|exciting) (?:collaboration|partnership|business)(?: opportunit(?:y|ies))?',
  '(?:collaborative|strategic) (?:partnership|reasons)|like-minded (?:professionals|individuals|people)',
  `(?:leaders|professionals|people|experts|founders|executives|individuals) like (?:you|yourself)`,
  "in today's (?:fast-paced|competitive|digital)|(?:grow|learn) together|expand (?:our|my) horizons",
];

/**
 * A "how we know each other" that is true of everyone: the profile they came across, the mutual
 * connection count, LinkedIn's suggestion, the same industry.
 */
export const GENERIC_CONTEXT = [
  '(?:came across|stumbled (?:up)?on|found|saw|viewed|noticed|checked out|looked at|browsing) (?:your|people(?: who)?) (?:linkedin )?(?:profile|page)?',
  '(?:[0-9]{1,4} |many |some |a few |a handful of )?(?:mutual|shared|common) (?:connections|contacts)|(?:share|have) (?:[0-9]{1,4}|many|some|a few|a handful of|lots of) (?:mutual |shared )?(?:connections|contacts)',
  '(?:same|similar) (?:industry|field|space|sector|domain|circles|area)',
  'fellow (?:professional|entrepreneur|linkedin (?:member|user))s?|people you may know',
  '(?:linkedin|it) (?:says|suggests|suggested|thinks) (?:that )?we (?:might|may|should) know',
  '(?:looked at|looking at|viewed|viewing|visited|visiting|checking out) (?:my|your) (?:linkedin )?profile|your (?:name|profile) (?:came|popped|keeps coming|kept coming) up',
  'congrat(?:s|ulations) on (?:your |the )?(?:work anniversary|new (?:role|job|position))',
];

/** Collecting connections rather than choosing people. */
export const NETWORK_COLLECTING = [
  '(?:expand|grow|build|broaden|extend|increase|widen)(?:ing)? (?:my|our) (?:professional )?(?:network|connections|circle)',
  "let'?s grow|mutual growth|open networker|lion|(?:more|new) connections|add (?:more )?(?:people|connections)",
  '(?:connect(?:ing)?|network(?:ing)?) with (?:as many|more|others?|fellow|like-minded|all)|building a (?:network|community) of',
  '(?:for|just for) networking(?: purposes)?|(?:meet|add) (?:some|more|new) people',
  '(?:i )?accept (?:all|every|any) (?:invit|request|connection)[a-z]*|never (?:ignore|decline)',
  '[0-9]{1,3}(?:,[0-9]{3}|k)\\+? (?:connections|followers|network)|[0-9]{3,5}\\+|to [0-9]{1,3}k',
  'always (?:looking|happy|open|keen) to (?:connect|network|meet)|get at (?:all )?(?:of )?your',
];

/** A sales pitch: products, offers, demos, percentages and promises to grow their business. */
export const PITCH = [
  `our (?:${W}){0,1}(?:products?|solutions?|services?|platform|tool|software|app|agency|offer|offering|firm|pricing|demo|packages?|team is ready)`,
  `(?:we|i) (?:help|enable|empower|specialize|specialise|offer|provide|supply|deliver)(?: (?:${W}){0,3}(?:companies|businesses|brands|teams|founders|startups|clinics|people|leaders|owners|agencies|firms|nonprofits|practices|executives|marketers|analysts|professionals))?`,
  `(?:i|we) (?:support|work with|serve|partner with)(?:ing)? (?:${W}){0,3}(?:companies|businesses|brands|founders|startups|clinics|leaders|owners|agencies|firms|smes|manufacturers|retailers|distributors|practices|executives) (?:like yours|like you|with|to|on)|supporting (?:${W}){0,2}(?:companies|businesses|smes|manufacturers|firms|clients) with`,
  '(?:gaining|getting) traction|raising (?:our |a )?(?:pre-?seed|seed|series [a-c]|round)|(?:the|a|our) demo:|like the demo',
  `(?:i|we)(?:'ve| have) helped|helping (?:${W}){0,3}(?:companies|businesses|brands|founders|startups|teams|leaders|professionals|clients|owners)`,
  '(?:book|schedule|get|request|claim) (?:a |your )?(?:free )?(?:demo|trial|consultation|audit|quote|discovery call|strategy call)',
  '(?:love|like|keen|want|happy) to partner|partner(?:ship)? with (?:you|your)|free (?:trial|consultation|audit|demo|brief)|complimentary|discount|special (?:offer|pricing)|limited (?:time|spots)|done-for-you',
  '(?:increase|boost|grow|double|triple|maximi[sz]e|halve|cut) (?:your )?(?:revenue|sales|leads|pipeline|roi|business|growth|costs|backlog|ad returns|donations)',
  '(?:save|saving) (?:you )?(?:time|money|hours)|lead generation|[0-9]{1,3}(?:-[0-9]{1,3})?% (?:less|more|faster|cheaper|savings?|time)|[0-9]x faster',
  `(?:send|share|show) (?:you|over) (?:how|a proposal|our|some|what)|send (?:you |over )(?:${W}){0,2}(?:deck|brochure|proposal|brief)`,
  "(?:tell|show) you (?:what|how) (?:we|i|my|our)|(?:are you|would you be|if you(?:'re| are)) interested in (?:a|our|learning|trying)|interested\\?",
  `help (?:you|your (?:${W}){0,1}(?:brand|business|company|team|clinic)s?) (?:grow|scale|increase|save|get|find|boost)`,
  'how we (?:can|could) help|a solution|(?:ready|looking) to take on (?:more )?clients|outside partners|to us\\b|take my',
  '(?:business|partnership) opportunit(?:y|ies)|outsourc(?:e|ing)|open to (?:hearing more|bringing in)',
  "your (?:hiring|recruiting|marketing) needs|exciting (?:opportunit(?:y|ies)|roles?)|we(?:'re| are) hiring|(?:a|the) (?:perfect|great) fit for (?:a|the|our) role",
  `(?:how|does) your (?:${W}){0,1}(?:team|company) (?:currently )?(?:handles?|manages?|deals?)|worth a (?:quick )?(?:chat|call|look)`,
  'how (?:are|is) (?:you|your (?:team|company)) (?:currently )?(?:handling|managing|dealing|approaching|tackling)',
];

/**
 * A seller's or founder's introduction aimed at the reader's kind of business: not a pitch yet, but
 * the reason to connect is the writer's trade ("I work with climate-hardware companies at this stage").
 */
export const SOFT_PITCH = [
  `(?:i|we) (?:build|work with|help|support|serve|coach|advise|partner with|sell to|consult for)(?:ing)? (?:${W}){0,3}(?:founders|companies|businesses|firms|teams|brands|leaders|startups|owners|people|professionals|organi[sz]ations|clients|agencies|practices)`,
  `(?:i'm|i am|we're|we are) (?:building|launching|raising|founding)|raising (?:a |our )?\\$?[0-9]`,
];

/** Asks for a call, a meeting, a coffee or minutes of their time in a first note. */
export const ASK_CALL = [
  '(?:quick|short|brief|video|phone|zoom|virtual|teams|intro|discovery) (?:call|chat|meeting|catch-up|conversation)',
  '(?:hop|jump|get) on a (?:quick )?(?:call|zoom)|(?:schedule|set up|book|arrange|find|grab) (?:a |some )?(?:call|meeting|time|zoom|slot)',
  '(?:open to|up for|free for|available for) (?:a |an )?(?:quick |short |brief |virtual )?(?:call|meeting|zoom)|a call some ?(?:time|day)',
  '(?:on|in) your calendar|(?:spare|grab|have|get|take|borrow|give me|for|just|only) (?:a |just |only )?(?:[0-9]{1,2}|fifteen|ten|twenty|thirty|five)[ -]?min(?:ute)?s?|[0-9]{1,2}[ -]?min(?:ute)?s? (?:of your time|call|chat|zoom|meeting)',
  "give you a (?:ring|call|buzz)|(?:i'll|i will|let me) (?:call|ring|phone) you|(?:i'll|i will) be (?:calling|messaging|in touch)",
  '(?:are|would) you (?:be )?(?:free|available|around) (?:for|on|this|next|to)|meet (?:up|for coffee|in person)',
];

/** Job-seekers' asks of a stranger: a referral, a CV passed on, openings, a job. */
export const ASK_JOB = [
  '(?:refer|hire|recommend) me|(?:a|an|your|any) referral|my referral|consider me for|put (?:me|my name) (?:forward|in)|(?:a|in a) good word',
  '(?:give|get|find|offer|help) me (?:a |land a |get a |find a )?(?:job|position|role|internship)|land a (?:job|role)',
  '(?:any|if there are any|do you have any|know of any|are there any) (?:job |open )?(?:positions|roles|jobs|openings|vacancies)|(?:job|open) openings',
  `(?:looking|searching) for (?:a |an |my next |my first |any |new )?(?:${W}){0,2}(?:job|position|role|internship|opportunit(?:y|ies))|seeking (?:${W}){0,2}(?:opportunit(?:y|ies)|roles?|jobs?|positions?|internships?)`,
  `(?:interested in|open to|exploring) (?:${W}){0,4}(?:roles|positions|opportunities|openings|vacancies) (?:at|with|in)|(?:hiring|application|interview) process|(?:start|starts|usually start|are you|is it) hiring`,
  '(?:is your (?:company|team|school|firm)|are you|is (?:anyone|your team)) (?:currently |still )?hiring',
  "(?:let me know|tell me|wondering) (?:if|whether) (?:your (?:company|team|firm|school) is|you(?:'re| are)|anyone is) (?:currently |still )?hiring",
  '(?:my|attached) (?:resume|cv)|#?open ?to ?work|(?:share|send|forward|hand|pass) (?:me |on |along )?(?:your|my) (?:updated )?(?:cv|resume)',
  '(?:next steps|any tips|any advice) (?:on|for|about) (?:the|my) (?:application|role|process)|(?:exploring|looking at) (?:new )?(?:opportunities|roles) (?:there|at)',
  '(?:any|an) (?:update|news|word) (?:on|about) (?:the|my|next)',
];

/** Favours asked of a stranger: their brain, an introduction, an endorsement, their inside view. */
export const ASK_FAVOUR = [
  '(?:grab|get|buy you|have) (?:a |an )?(?:coffee|lunch|drink|beer|virtual coffee)|coffee chat|coffee some ?(?:time|day)',
  '(?:open to|up for|free for|available for) (?:a |an )?(?:quick |short |brief |virtual )?(?:coffee chat|coffee|chat)(?: some ?(?:time|day))?',
  'pick your brain|introduce me|put me in touch|who (?:do you know|should i (?:speak|talk) to|is the right person)',
  '(?:could|can|would) you (?:please )?(?:introduce|help me|give me|send me|tell me|advise|connect me|put me|review|look at my|check my)',
  "(?:your|an) (?:insider|inside|honest) (?:view|take|perspective)|would you mind|(?:would|i'd) (?:love|like|appreciate|value|welcome) (?:your|any|some) (?:advice|help|feedback|input|take|view|thoughts|insights?|perspective|tips|pointers|guidance)",
  '(?:would|could|will) you (?:consider|be willing|be my)|(?:can|could|may) i ask (?:you|a few|some|one)|quote your|be my (?:mentor|referee|reference)',
  '(?:wondering|wonder) (?:if|whether) (?:i|you) (?:could|can|might|would)|(?:if|whether) i (?:could|can|may) ask',
  '(?:would|are) you (?:be )?(?:open|willing|able) to (?:sharing|share|tell|telling|give|giving|help|helping|review|reviewing|answer|answering|chat|talk)',
  '(?:any|some) (?:advice|tips|pointers) (?:on|about|you could)',
];

/** Demands of a stranger's attention: a click, a follow, an endorsement, their e-mail. */
export const ASK_ACTION = [
  '(?:send|give) me (?:your|a|the)(?! name)|(?:call|whatsapp|email|dm) me|(?:check out|look at) my|click (?:here|the link)|subscribe|sign up',
  '(?:follow|like|share|visit) my (?:page|posts?|channel|newsletter|website)|follow back|connect back|endorse (?:me|my)|endorsing me',
  '(?:your )?upvote|vote for (?:us|me|my|our)|(?:link|details|more) in my (?:profile|bio)',
];

/** Pushy or curt lines: insisting on acceptance, urgency, blaming the reader. */
export const RUDE = [
  "(?<!(?:hope|if|that) you(?:'ll| will| can| could)? )accept (?:my|the|this) (?:request|invitation|invite)|just accept|please accept|asap|urgent(?:ly)?",
  "do(?:n'?t| not) ignore|why (?:haven't|didn't|don't) you|(?:reply|respond|revert) (?:me|soon|asap)",
  'you (?:must|have to|need to|should) (?:accept|connect|reply)|i need you to|waiting for your (?:reply|response)',
];

/** Text-speak that reads as not bothering to type the words out. */
export const TEXTSPEAK = ['pls|plz|thx|u|ur|r u|b4|coz|cuz|gr8'];

/** How they met or spoke: the strongest context there is. */
export const MEETING_CUES = [
  '(?:great|nice|good|lovely|a pleasure|pleasure|fun|glad|so glad) (?:to )?(?:meet|meeting|see|seeing|chat|chatting|talk|talking|speak|speaking|catch|catching)(?: up)?(?: with)?(?: you| u)?',
  '(?:met|meet|meeting|chatted|talked|spoke|spoken|speaking|talking|chatting) (?:with |to )?(?:you|u)',
  '(?:enjoyed|loved|liked|appreciated|valued) (?:our|talking|chatting|meeting|speaking|hearing you|listening to you)',
  '(?<!forward to |to have |for |about |before )our (?:recent |last |brief |quick |short |great |lovely )?(?:chat|conversation|talk|call|meeting|coffee|exchange|discussion|interview)',
  'we (?:met|spoke|talked|chatted|got talking|sat|queued|shared|exchanged|went back and forth|ran into|bumped into)',
  '(?:following up|to follow up) (?:on|after)|interviewing me|(?:with|to) you (?:at|during|last|yesterday|back)',
];

/** Who pointed them out: a named friend or colleague who suggested the note. */
export const MUTUAL_CUES = [
  '(?:suggested|recommended|said|told me|mentioned|thought|insisted) (?:that )?(?:i|we|you|the two of you) (?:should|might|could|would|get|reach|connect)',
  '(?:suggested|recommended) (?:i|we) (?:get|reach|connect|talk|contact)|(?:introduced|referred|pointed) (?:me|us)',
  '(?:gave|passed|sent) me your (?:name|details|contact|profile)|(?:mutual|our) (?:friend|colleague|contact)|(?:both|all) know',
  "(?:said|says|told me|mentioned|tells me) (?:that )?you(?:'re| are| were| have| had|'ve)?|(?:hear|heard) (?:that )?you|(?:called|calls) you|speaks? (?:so )?highly of you|friend of [a-z]{2,20}(?:'s)?|(?:a|my) (?:friend|colleague|cousin|sister|brother|aunt|uncle|classmate|mentor|manager|neighbou?r) (?:of|from)",
];

/** Shared history: "we both worked at…", "since we…", "remember when…", "the taco place we used to…". */
export const SHARED_CUES = [
  'we (?:all |both )?(?:used to|were|work(?:ed)?|stud(?:y|ied)|play(?:ed)?|serve[ds]?|volunteer(?:ed)?|overlapped|went|grew|train(?:ed)?|did|took|built|ran|run|shared|coach(?:ed)?|teach|taught|sing|sang|row(?:ed)?|cycle[ds]?|hike[ds]?|queued)|you and i',
  "(?:since|when) we|back (?:when|in)|long time no see|it's been (?:a while|ages|years|too long|forever)|remember (?:me|you|our|when|the)|our days|used to",
  "(?:former|ex-|old) (?:classmate|colleague|coworker|co-worker|teammate|boss|manager|neighbou?r|student|teacher|team)|ex-[a-z0-9&']{2,20}|(?:from|in) your (?:class|team|course|lab|cohort|group|ward|department)",
  `(?:the )?same (?:${W}){0,2}(?:problem|problems|challenge|challenges|thing|issue|issues|delays|question|move|path|switch|transition|mistake|struggle)`,
];

/**
 * Shared ground: the same school, group, employer or field. It places the writer, but on its own it
 * is true of many people ("fellow alum", "we're both in the PM group").
 */
export const GROUND_CUES = [
  "we're both|we are both|(?:both|all) (?:of us|in|at|from|on|members|love|use)|(?:you're|you are) (?:also )?(?:at|with|in)|also (?:at|with|work(?:s|ing)? (?:at|for|in))",
  `(?:the )?same (?:${W}){0,2}(?:school|university|college|program|bootcamp|cohort|class|team|company|group|club|course|${EVENTS})`,
  "fellow [a-z0-9'&-]{2,20}|alum(?:nus|na|ni|s)?|classmates?|colleagues?|coworkers?|teammates?|neighbou?rs?",
];

/**
 * Facts read off their profile: where they work or live, their title, how long they have been there.
 * True, but "only their employer or field" (the rubric): a start, not a context.
 */
export const PROFILE_CUES = [
  "(?:i )?(?:see|saw|noticed|notice|can see|looks like) (?:that )?you(?:'re| are| were|'ve been)? (?:now |currently |also |still )?(?:work(?:ing|ed)?|based|located|living|at|in|from|with|run(?:ning)?|lead(?:ing)?|spent|head(?:ing)?|manag(?:e|ing)|hiring|growing|expanding|recruit(?:ing)?|a |an |the |one of)",
  "your (?:current )?(?:role|position|title|time|years|tenure|work|job) (?:as|at|with|in)|you(?:'re| are) (?:based|located|living) in|(?:where|the company) you(?:'re| are)? (?:now|work)",
];

/** What of theirs the writer read, heard, used or saw. */
export const SEEN_CUES = [
  '(?:read|saw|seen|watched|heard|caught|enjoyed|loved|liked|appreciated|valued|attended|listened to|used|tried|took|follow|followed|stopped by|looked through|read through|came across|noticed|learned|learnt|spotted) (?:(?:all |some |a few |one )?(?:of )?(?:your|you|the|that|about|how))',
  `your (?:${W}){0,3}(?:${WORKS})s?|you (?:gave|wrote|shared|posted|published|hosted|ran|led|taught|reported|answered|reviewed|organi[sz]ed|recommended|mentioned|built|made|started|founded|went|moved|spoke|presented|designed)`,
  `(?:at|during|after|from) (?:the|your|our|that) (?:${W}){0,4}(?:${EVENTS}|slack|discord|group|community|forum|channel|cohort|program|programme|chat)`,
  `(?:i'm|i am|i was|this is [a-z]{2,20}) (?:the |your |a |an |one of (?:the|your) )(?:${W}){0,2}(?:who|student|mentee|intern|customer|reader|listener|neighbou?r|client|patient|subscriber|attendee|fan)`,
  '(?:applied|applying) (?:for|to) (?:the|a|your)|you (?:asked|invited|posted|wanted)|(?:your|the) (?:invite|invitation) to (?:readers|listeners|attendees)',
  '(?:changed|shaped|helped|saved|fixed) (?:how i|the way i|me|my|us|our)|made me (?:think|smile|laugh)|congrat(?:s|ulations) on',
];

/** What their work did for the writer: "changed how I…", "saved my weekend", "got me through". */
export const IMPACT_CUES = [
  '(?:changed|shaped|transformed|reshaped) (?:how|the way|what|my|our)|(?:saved|made|helped|got|pushed|inspired|taught|convinced) (?:me|us|my|our)',
  '(?:is|was|are|were) (?:going )?(?:straight )?(?:into|in) (?:our|my)|(?:stayed|stuck|stays|sticks) with me|(?:was|is) (?:the|a|just the) (?:push|nudge|reminder|spark)|made me (?:apply|switch|start|try|rethink)',
  "(?:i've|we've|i|we) (?:used|adopted|borrowed|tried|applied|now use|now share|started using) (?:it|your|the|that|this)|(?:now|still) (?:thinking|using|share|use)",
  '(?:resonated|spoke|struck a chord) (?:with|to) (?:me|us)|hit (?:home|something)|(?:caught|got) my (?:eye|attention)|stood out|(?:fully |totally )?agree(?:d)? with your|spot on',
];

/** Thanks for something they did: a context and an implied reason at once. */
export const THANKS_FOR = [
  "thanks? (?:you )?(?:so much |again |a lot )?for(?! (?:connecting|accepting|your time|reading|considering|the add|adding|in advance|visiting|viewing|checking|looking))|(?:i'm|i am|so) grateful for",
];

/** Who the writer is: a role, a place, a line of work ("I'm a night-shift pharmacist in Cork"). */
export const WRITER_CUES = [
  "(?:i'm|i am|this is|my name is|i've been|i have been)",
  "i(?:'ve| have)? (?:work(?:ed)?|run|ran|manage[d]?|lead|led|teach|taught|coach|own|founded|started|study|studied|build|built|volunteer(?:ed)?|recruit|design|write)",
];

/**
 * Why the writer wants to connect: what they are working on or moving into, what they hope to learn
 * or share. Whether the reason is specific is judged from the words around it.
 */
export const REASON_CUES = [
  "(?:i'm|i am|we're|we are) (?:also |currently |now |just |about to )?(?!reaching|contacting|messaging|sending|inviting|connecting|writing to|looking to connect|looking for|seeking|expanding|growing)[a-z]{2,20}ing",
  "(?:i'm|i am) (?:really |very |so |now )?(?:new to|into|moving|planning|hoping|keen|eager|curious|interested)",
  'because|since (?:i|we)|so (?:that|i|we|you)|as (?:i|we)(?! (?:may|might) know)|in case|keep the conversation going',
  'looking forward to (?:working|collaborating|meeting|seeing|hearing|reading|learning)',
  'hop(?:e|ing) (?:to(?! connect)|we|that)|i think we (?:could|can|should)',
  `(?:love|like|glad|happy|keen|want|honou?red|excited|good|great|useful|helpful) to (?:${W}){0,1}(?:learn|follow|hear|keep|see|read|swap|compare|share|trade|understand|discuss|talk|exchange|reconnect|catch up|cheer|pass|introduce|collaborate|work|try|use|visit|support|help|invite)`,
  '(?:to|and) (?:learn|follow|hear|keep up|reconnect|catch up|compare|swap)|(?:swap|compare|trade|exchange|pass) (?:notes|tips|ideas|stories|referrals|each other)',
  'would value|value your (?:take|perspective|view|advice|thoughts|insight)|(?:wanted|want) to (?:say )?thanks?',
  "for my (?:research|thesis|project|book|podcast|startup|class|course)|curious (?:about|how|whether|if|what)|i(?:'d| would) (?:love|like) to know",
];

/** A plain wish to connect, which reads as a reason only after a specific context. */
export const PLAIN_REASON = [
  "let'?s (?:stay |keep )?(?:connect(?:ed)?|in touch)|(?:stay|keep) (?:in touch|connected)|reconnect|catch up",
  "(?:i'd|i would|would|i) (?:love|like|be (?:glad|happy|delighted|keen|pleased)) to (?:stay |keep )?(?:connect(?:ed)?|in touch|be connected)",
  '(?:happy|glad|keen|excited|pleased) to (?:connect|be connected)|(?:an )?honou?r to connect|worth connecting|seemed worth|(?:nice|good|great|lovely) to (?:connect|stay connected)',
  '(?:look|looking) forward to (?:connecting|staying in touch)|(?:easy|good|nice) way (?:for us )?to (?:stay|keep)',
  '(?:welcome|enjoy|like|love|value) (?:staying|keeping|being) (?:connected|in touch)',
  '(?:shall we |want to |wanna |happy to |up for )?connect(?:ing)?\\?',
];

/** Thanks and softeners: the small courtesies that show you know they owe you nothing. */
export const THANKS = [
  'thanks?(?: you)?|many thanks|appreciate|grateful|cheers|no pressure|no worries if not',
  "if you(?:'re| are) open to it|(?:kind|best|warm) regards|warmly",
];

/** Offers of something in return: help, a summary, an introduction, referrals. */
export const OFFERS = [
  '(?:happy|glad) to (?:help|share|introduce|return|send|answer)|introduce you to|(?:send|pass) (?:you|each other) (?:referrals|leads|clients)',
  "if i can (?:ever )?(?:help|return the favou?r)|let me know if i can|if (?:it(?:'s| is)|that(?:'s| is)) (?:ever )?(?:useful|helpful)",
  'keep you (?:posted|updated)|share what i (?:learn|find)|(?:my|our) notes (?:with|if)',
];

/** Sign-offs that open a signature ("Best,", "Thanks,", "Kind regards,"). */
export const SIGN_OFFS = [
  '(?:best|kind|warm|many) regards|regards|best wishes|all the best|best|cheers|thanks(?: again)?|thank you',
  'many thanks|sincerely|yours(?: truly)?|warmly|talk soon|take care',
];

/** Greeting words that may open a note. */
export const GREETINGS = [
  'hi|hello|hey|hiya|yo|howdy|dear|greetings|good (?:morning|afternoon|evening|day)|hola|hallo|bonjour|ciao|salut',
];

/**
 * Unfilled template fields: "{{first_name}}", "[Name]", "(company)", "<name>", "%FIRST_NAME%",
 * "______", "Hi XYZ". Mass-outreach tools leave these behind when a field is empty.
 */
export const PLACEHOLDER_PATTERN = (() => {
  const field =
    '(?:(?:first|last|full|company|contact|recipient|your|their|his|her)[ _-]?)?(?:name|company|organi[sz]ation|title|job|role|position|industry|school|event|city|topic|field|x{1,3})';
  // What a template's square brackets hold: "[Mutual Connection]", "[specific area]", "[link removed]".
  const slot =
    'name|company|organi[sz]ation|title|job|role|position|industry|school|event|city|topic|field|mutual|connection|specific|insert|link|project|product|area|skill|detail|goal|date|number|team|conference|university|degree|program|location|x{1,3}';
  return [
    `\\{\\{[^{}\\n]{0,40}\\}\\}|\\{[a-z_ ]{2,30}\\}|\\[[^\\[\\]\\n]{0,25}(?:${slot})[^\\[\\]\\n]{0,25}\\]|%[a-z_]{2,30}%`,
    `[(<] ?${field}[^()<>\\n]{0,30}[)>]|_{3,}|(?<![a-z0-9])(?:xyz|xxx)(?![a-z0-9])|(?<=^(?:hi|hello|hey|dear) )x(?= ?[,!])`,
  ].join('|');
})();

/** Web addresses: "https://…", "www.…" and bare domains such as "example.com/pod". */
export const LINK_PATTERN =
  '(?<![a-z0-9@./])(?:https?://|www\\.)[^\\s]{1,200}|(?<![a-z0-9@./-])[a-z0-9-]{1,63}\\.(?:com|io|net|org|co|ly|me|app|dev|ai)(?:/[^\\s]{0,200})?(?![a-z0-9])';

/** Quoted titles: text between double or single quotes, up to 80 characters. */
export const QUOTE_PATTERN = `"[^"\\n]{2,80}"|(?<![a-z])'[^'\\n]{2,60}'(?![a-z])`;

/** Dates and times: a weekday or month, "last spring", "this morning", a year. */
export const DATE_PATTERN =
  "(?:last|this|next|on|in|since) (?:week|weekend|month|year|spring|summer|fall|autumn|winter|term|semester|night|morning|afternoon|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)'?s?|yesterday|tonight|this morning|earlier today|(?:19|20)[0-9]{2}";
