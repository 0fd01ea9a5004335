/**
 * Stage 4a: the judgement on each of the six reasons and on the length limit, in words a learner
 * can act on, each quoting the note's own words once.
 */
import { REASON_LABELS, REASON_LESSON_SLUGS, type ReasonId } from '../reasons.ts';
import type { Quotes } from './evidence.ts';
import type { FeatureId, Features } from './features.ts';
import type { Span } from './patterns.ts';
import type { Criterion, Status } from './result-schema.ts';

/** A judgement before its id, label and link are added. */
type Judgement = Pick<Criterion, 'status' | 'message' | 'evidence' | 'suggestion'>;

/** What the criteria need: the features, the quotes handed out so far, and the hints for this note. */
interface Context {
  readonly f: Features;
  readonly quotes: Quotes;
  readonly impersonalHint: string;
  readonly whyHint: string;
}

const FAVOUR_HINT = 'A simple “thanks”, or an offer to share what you learn, shows you know they owe you nothing.';
const QUANTITY_HINT = 'Write to this one person: what you share with them, and what you hope to learn or offer.';
const ASK_HINT = 'Ask for nothing yet: connect first, and ask once they have accepted.';

/**
 * A judgement. `message` quotes the first not yet quoted phrase of `spans` in place of `$`; when
 * every phrase was quoted already, it speaks of "part of your note" instead, so no passage is quoted
 * twice in one result.
 */
function say(
  c: Context,
  status: Status,
  spans: readonly Span[],
  message: string,
  suggestion: string,
  also: readonly string[] = [],
): Judgement {
  const quote = message.includes('$') ? c.quotes.once(spans) : null;
  const plain = message
    .replace(/: \$\./, '.')
    .replace(/, \$,/, '')
    .replace(/^\$ /, 'Part of your note ')
    .replace('You greet $,', 'The name you greet them by is not theirs;')
    .replace('$', 'it');
  return {
    status,
    message: quote ? message.replace('$', () => quote) : plain,
    evidence: [...new Set([...(quote ? [quote.slice(1, -1)] : []), ...also])],
    suggestion,
  };
}

/** The spans of the first of `ids` that fired, earliest first, or undefined. */
function first(c: Context, ids: readonly FeatureId[]): { id: FeatureId; spans: readonly Span[] } | undefined {
  const id = ids.find((k) => c.f.hits[k].length > 0);
  return id === undefined ? undefined : { id, spans: c.f.hits[id] };
}

/** Problems that decide a reason: its status, what the words do, and what to do instead. */
const PROBLEM_SAYS: Readonly<Record<string, readonly [Status, string, string]>> = {
  placeholder: [
    'fail',
    '$ is a template field nobody filled in, a sure sign of a mass-sent note.',
    'Fill in every field by hand, or better, write the note for this one person.',
  ],
  boilerplate: [
    'fail',
    '$ is the kind of line a tool writes for everyone.',
    'Say the one true, specific thing in your own words instead.',
  ],
  'stock-phrase': [
    'partial',
    '$ is LinkedIn’s stock wording, so it adds nothing your own words don’t say better.',
    'Cut the stock sentence and end on your reason for connecting.',
  ],
  textspeak: [
    'partial',
    '$ is text-speak; spelling it out shows you took a moment.',
    'Spell the words out; it takes seconds.',
  ],
  'too-short': [
    'partial',
    'The note is too short to show you took any care over it.',
    'Add a sentence on how you know them and one on why you’re writing.',
  ],
  rude: [
    'fail',
    '$ sounds pushy, as if they owed you a reply.',
    'Say it as a friendly invitation they are free to ignore.',
  ],
  shouting: ['fail', '$ is in capitals, which reads as shouting.', 'Write in ordinary sentence case.'],
  network: [
    'fail',
    '$ says you are collecting connections rather than choosing this person.',
    'Drop the talk of your network and say why this person in particular.',
  ],
  'generic-context': [
    'partial',
    '$ is true of anyone you could invite.',
    'Name the event, post, group or person you actually share.',
  ],
  pitch: [
    'fail',
    '$ turns the note into a sales pitch, and a polite pitch is still a pitch.',
    'Leave the pitch out; if they ever need what you sell, a real connection will tell you.',
  ],
  link: ['partial', '$ asks them to click a link before they know you.', 'Leave the link out of the first note.'],
};

/** The judgement of the first of `ids` that fired, in its own words. */
function problem(c: Context, ids: readonly FeatureId[]): Judgement | undefined {
  const found = first(c, ids);
  const says = found && PROBLEM_SAYS[found.id];
  return found && says ? say(c, says[0], found.spans, says[1], says[2]) : undefined;
}

function impersonal(c: Context): Judgement {
  const { f } = c;
  if (f.wrongNames.length > 0)
    return say(
      c,
      'fail',
      f.wrongNames,
      'You greet $, but that is not who you are writing to.',
      'Use their name, spelt as they spell it.',
    );
  const spoilt = first(c, ['flattery', 'impersonal-greeting']);
  if (f.values['context-specific'] > 0) {
    if (spoilt)
      return say(
        c,
        'partial',
        spoilt.spans,
        'You say how you know them, but $ reads as if written for anyone.',
        'Keep the specific part and drop the praise or greeting that fits anyone.',
      );
    const keep =
      f.scenarioUse && f.names.length === 0
        ? c.impersonalHint
        : 'Keep it: one specific detail is what makes a note personal.';
    return say(c, 'pass', f.hits['context-specific'], 'You say how you know them: $.', keep, c.quotes.phrases(f.names));
  }
  if (f.values['context-vague'] > 0)
    return say(
      c,
      'partial',
      f.hits['context-vague'],
      '$ is a start, but name the event, post or person so they can place you.',
      c.impersonalHint,
    );
  const generic = first(c, ['impersonal-greeting', 'flattery', 'generic-context']);
  if (generic)
    return say(
      c,
      'fail',
      generic.spans,
      '$ is true of anyone you could invite, so it doesn’t say how you know them.',
      c.impersonalHint,
    );
  if (f.names.length > 0)
    return say(
      c,
      'partial',
      f.names,
      'You use their name, $, but nothing says how you know them or what of theirs you saw.',
      c.impersonalHint,
    );
  return say(
    c,
    'fail',
    [],
    'Nothing in the note says how you know them or what of theirs made you write.',
    c.impersonalHint,
  );
}

function lazy(c: Context): Judgement {
  const template = PROBLEM_SAYS['placeholder'];
  if (c.f.placeholders.length > 0 && template) return say(c, template[0], c.f.placeholders, template[1], template[2]);
  return (
    problem(c, ['boilerplate', 'stock-phrase', 'textspeak', 'too-short']) ??
    say(
      c,
      'pass',
      [],
      'You wrote this in your own words, not from a template.',
      'Read it aloud once: if it sounds like you talking to them, it’s right.',
    )
  );
}

function rude(c: Context): Judgement {
  const pushy = problem(c, ['rude', 'shouting']);
  if (pushy) return pushy;
  // The earliest ask is the one to quote; a job, a call or a click is a demand, advice or a question a softer ask.
  const spansOf = (ids: readonly FeatureId[]): Span[] =>
    ids.flatMap((id) => c.f.hits[id]).sort((a, b) => a.start - b.start);
  const demands = spansOf(['ask-job', 'ask-call', 'ask-action']);
  if (demands.length > 0)
    return say(c, 'fail', demands, '$ asks a stranger for their time or help before they know you.', ASK_HINT);
  const softer = spansOf(['ask-favour', 'question']);
  if (softer.length > 0)
    return say(
      c,
      'partial',
      softer,
      '$ asks them for something in the first note.',
      'Leave the question for a message after they accept.',
    );
  return say(
    c,
    'pass',
    [],
    'Nothing here asks too much of them or pushes for a reply.',
    'Keep the first note free of asks; there is time for that later.',
  );
}

function quantity(c: Context): Judgement {
  const { values } = c.f;
  return (
    problem(c, ['network', 'generic-context']) ??
    (values['context-specific'] + values['reason-specific'] + values['context-vague'] > 0
      ? say(
          c,
          'pass',
          [],
          'The note is written for this one person, not for a crowd.',
          'Keep it that way: one person, one reason.',
        )
      : say(c, 'partial', [], 'Nothing ties the note to them, so it reads as one of many sent.', QUANTITY_HINT))
  );
}

function why(c: Context): Judgement {
  const { f, whyHint } = c;
  if (f.values['reason-specific'] > 0)
    return say(
      c,
      'pass',
      f.hits['reason-specific'],
      'You say why: $.',
      'Keep it: a reason they can answer is the best start.',
    );
  if (f.values['implied-reason'] > 0)
    return say(
      c,
      'pass',
      f.hits['implied-reason'],
      'Your reason is clear from what you share: $.',
      'Keep it: what you share with them says why.',
    );
  if (f.values.pitch > 0) return say(c, 'fail', f.hits.pitch, 'The only reason given is a sale: $.', whyHint);
  if (f.values.network > 0) return say(c, 'fail', [], 'The only reason given is a bigger network.', whyHint);
  if (f.values['reason-plain'] > 0)
    return say(c, 'partial', f.hits['reason-plain'], '$ is a reason that would fit anyone.', whyHint);
  return say(c, 'fail', [], 'The note doesn’t say why you want to connect.', whyHint);
}

function favor(c: Context): Judgement {
  const kind = first(c, ['thanks-for', 'offer', 'courtesy']);
  return (
    problem(c, ['pitch', 'link']) ??
    (kind
      ? say(
          c,
          'pass',
          kind.spans,
          `Your ${kind.id === 'offer' ? 'offer' : 'thanks'}, $, shows you know they owe you nothing.`,
          'Keep it short and warm.',
        )
      : say(c, 'partial', [], 'There is no thanks and nothing offered back, though a few words would do.', FAVOUR_HINT))
  );
}

/** What each reason says when the note is empty, and after the quoted stock text. */
const FRAMES: Record<ReasonId, readonly [string, string, string?]> = {
  impersonal: [
    'There is no note yet, so nothing in it is about them.',
    'is the note LinkedIn offers everyone, so nothing in it is about them.',
  ],
  lazy: [
    'There is no note yet, so LinkedIn would send a blank invitation.',
    'is LinkedIn’s stock text, which reads as no note at all.',
    'Write two sentences of your own: how you know them, and why you’d like to connect.',
  ],
  rude: [
    'Sending no note at all leaves them to work out who you are and what you want.',
    'is the least LinkedIn lets you do, and it leaves the rest to them.',
    'Do the small work of saying who you are to them and why you’re writing.',
  ],
  quantity: [
    'A blank invitation is what people send in bulk, so it reads as one of many.',
    'is what people send by the hundred, so it reads as one of many.',
    QUANTITY_HINT,
  ],
  why: ['There is no note, so nothing says why you want to connect.', 'says that you want to connect, but not why.'],
  favor: [
    'Accepting you is a favour, and a blank invitation gives them nothing back.',
    'asks them to do you a favour without a word of thanks.',
  ],
};

/** The shared opening of every reason: no note, a stock note, or a note in another language. */
function frame(c: Context, id: ReasonId): Judgement | undefined {
  const { f } = c;
  const [empty, stock, own] = FRAMES[id];
  const hint = own ?? (id === 'why' ? c.whyHint : id === 'favor' ? FAVOUR_HINT : c.impersonalHint);
  if (f.defaultNote?.kind === 'empty') return say(c, 'fail', [], empty, hint);
  if (f.defaultNote) {
    const quote = c.quotes.once(f.defaultNote.evidence);
    const message = quote ? `${quote} ${stock}` : `The note ${stock}`;
    return { status: 'fail', message, evidence: quote ? [quote.slice(1, -1)] : [], suggestion: hint };
  }
  if (f.notEnglish)
    return say(
      c,
      'partial',
      [],
      'I read English only, so I can’t judge this part.',
      'Check it against the lesson yourself.',
    );
  return undefined;
}

const JUDGES: Record<ReasonId, (c: Context) => Judgement> = { impersonal, lazy, rude, quantity, why, favor };

/** The suggestions for this note: the scenario's own facts in an exercise, general examples otherwise. */
function contextFor(f: Features, quotes: Quotes): Context {
  const use = f.scenarioUse;
  const name = use && use.name.length === 0 ? `Use their name (“${use.scenario.name[0] ?? ''}”) and say` : 'Say';
  const example = use && use.context.length === 0 ? `, for example “${use.scenario.context[0] ?? ''}”` : '';
  const want = use?.scenario.want[0];
  return {
    f,
    quotes,
    impersonalHint: use
      ? `${name} how you know them${example}.`
      : 'Say where you met or what of theirs you read, e.g. “We met at the Berlin JS meetup” or “I enjoyed your post on onboarding”.',
    whyHint:
      want !== undefined && use?.want.length === 0
        ? `Say what you’re hoping for, for example “${want}”.`
        : 'Say what you’re working on or hoping to learn, e.g. “I’m moving into product design and your talk on research ops is the kind of work I want to do.”',
  };
}

/** Whether the note fits the limit, and what to cut if not. */
function lengthJudgement(f: Features): Judgement {
  const { length, limit, overflowStart, empty } = f.note;
  const over = length - limit;
  if (overflowStart !== null)
    return {
      status: 'fail',
      message: `Your note is ${length} characters, ${over} over the ${limit} limit, so LinkedIn won’t let you send it.`,
      evidence: [],
      suggestion: `Cut ${over} characters: drop a pleasantry or a second example, not the part about them.`,
    };
  return {
    status: 'pass',
    message: `Your note is ${length} of ${limit} characters, so it fits.`,
    evidence: [],
    suggestion:
      -over > 60 && !empty
        ? 'There is room to spare; one more specific detail would fit.'
        : 'Keep it within the limit as you edit.',
  };
}

/** The seven judgements, the six reasons then the length limit, quoting through `quotes`. */
export function judgeCriteria(f: Features, quotes: Quotes): Criterion[] {
  const c = contextFor(f, quotes);
  const reasons = (Object.keys(JUDGES) as ReasonId[]).map((id): Criterion => {
    const judged = (id === 'impersonal' && f.wrongNames.length > 0 ? undefined : frame(c, id)) ?? JUDGES[id](c);
    return {
      id,
      label: REASON_LABELS[id],
      ...judged,
      href: `/lessons/${REASON_LESSON_SLUGS[id]}/#what-to-write-instead`,
    };
  });
  return [
    ...reasons,
    { id: 'length', label: 'The length limit', ...lengthJudgement(f), href: '/lessons/no-note-left/' },
  ];
}
