/**
 * `gradeNote`: the heart of the course. Judges a LinkedIn connection note against the six reasons
 * the course teaches and the length limit, and says why in words a learner can act on.
 */
import { REASON_LABELS, REASON_LESSON_SLUGS } from '../reasons.ts';
import { analyzeNote, PROBLEM_KINDS, type Analysis, type Cue, type ProblemKind, type Span } from './analyze.ts';
import { resolveHighlights, type HighlightCandidate } from './highlights.ts';
import { DEFAULT_NOTE_LIMIT, isNoteLimit, type NoteLimit } from './limits.ts';
import { toOriginalRange } from './normalize.ts';
import type { Criterion, CriterionId, Flag, Penalty, Result, Scenario, Status, Verdict } from './result-schema.ts';
import { decideVerdict, scoreNote } from './scoring.ts';

/** Options for `gradeNote`. */
export interface GradeOptions {
  /** The character limit: 200 for a free account (the default) or 300 for Premium. */
  readonly limit?: NoteLimit | undefined;
  /** An exercise scenario: the note is then expected to use its name, context and want keywords. */
  readonly scenario?: Scenario | undefined;
  /** The recipient's name as the writer gave it; a note greeting someone else is flagged `wrong-name`. */
  readonly recipient?: string | undefined;
}

/** The judgement on one criterion, before its id, label and link are added. */
type Judgement = Pick<Criterion, 'status' | 'message' | 'evidence' | 'suggestion'>;

/**
 * How each kind of problem counts: the reason it belongs to, the points it costs (once however often
 * it occurs), its flag, what to tell the writer about the words that triggered it, and what to do.
 */
const PROBLEMS: Readonly<Record<ProblemKind, readonly [CriterionId, number, Flag, (words: string) => string, string]>> =
  {
    placeholder: [
      'lazy',
      40,
      'placeholder',
      (w) => `${w} is a template field nobody filled in, a sure sign of a mass-sent note.`,
      'Fill in every field by hand, or better, write the note for this one person.',
    ],
    stock: [
      'lazy',
      20,
      'stock-phrase',
      (w) => `${w} is LinkedIn’s stock wording, so it adds nothing your own words don’t say better.`,
      'Cut the stock sentence and end on your reason for connecting.',
    ],
    'impersonal-greeting': [
      'impersonal',
      15,
      'impersonal-greeting',
      (w) => `${w} addresses nobody in particular, so use their name instead.`,
      'Greet them by name, and say how you know them.',
    ],
    flattery: [
      'impersonal',
      15,
      'flattery',
      (w) => `${w} is praise that fits anyone, so it doesn’t show why you chose them.`,
      'Swap the praise for one specific thing of theirs you read, heard or used.',
    ],
    'generic-context': [
      'impersonal',
      5,
      'generic',
      (w) => `${w} is true of everyone you could invite, so it doesn’t say how you know them.`,
      'Name the event, post, group or person you actually share.',
    ],
    pitch: [
      'favor',
      40,
      'pitch',
      (w) => `${w} turns the note into a sales pitch, and a polite pitch is still a pitch.`,
      'Leave the pitch out; if they ever need what you sell, a real connection will tell you.',
    ],
    demand: [
      'rude',
      30,
      'demand',
      (w) => `${w} asks a stranger for a lot before they know you.`,
      'Ask for nothing yet: connect first, and ask once they have accepted.',
    ],
    'soft-ask': [
      'rude',
      10,
      'soft-ask',
      (w) => `${w} asks for their time in the first note, which is better left until they accept.`,
      'Leave the ask for a message after they accept; the note only needs to earn the connection.',
    ],
    rude: [
      'rude',
      20,
      'rude',
      (w) => `${w} sounds pushy, as if they owed you a reply.`,
      'Say it as a friendly invitation they are free to ignore.',
    ],
    network: [
      'quantity',
      25,
      'network-collecting',
      (w) => `${w} says you are collecting connections rather than choosing this person.`,
      'Drop the talk of your network and say why this person in particular.',
    ],
    textspeak: [
      'lazy',
      5,
      'textspeak',
      (w) => `${w} is text-speak, and spelling it out shows you took a moment.`,
      'Spell the words out; it takes seconds.',
    ],
    link: [
      'favor',
      10,
      'link',
      (w) => `${w} asks them to click a link before they know you.`,
      'Leave the link out of the first note.',
    ],
    shouting: [
      'rude',
      15,
      'shouting',
      (w) => `${w} is written in capitals, which reads as shouting.`,
      'Write in ordinary sentence case.',
    ],
  };

/** Quotes longer than this many characters are cut with an ellipsis. */
const MAX_QUOTE = 80;

/** The original text from `start` (to `end`), on one line, cut to a readable length at a word boundary. */
function clip(original: string, start: number, end = start + MAX_QUOTE * 4): string {
  const words = original
    .slice(start, Math.min(end, start + MAX_QUOTE * 4))
    .replace(/\s+/g, ' ')
    .trim();
  if (words.length <= MAX_QUOTE) return words;
  const chars = Array.from(words);
  if (chars.length <= MAX_QUOTE) return words;
  const cut = chars.slice(0, MAX_QUOTE - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_QUOTE / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Wraps words in curly quotes for a message. */
const quote = (words: string): string => `“${words}”`;

/** Grades a connection note: a verdict, a score, one judgement per reason, highlights and penalties. */
export function gradeNote(text: string, options: GradeOptions = {}): Result {
  const limit = isNoteLimit(options.limit) ? options.limit : DEFAULT_NOTE_LIMIT;
  const a: Analysis = analyzeNote(text, limit, options.scenario, options.recipient);
  const { problems, scenarioUse: use, overflowStart: overflow } = a;
  const over = a.length - limit;
  /** The words behind a normalised span, as written. */
  const excerpt = (span: Span): string => {
    const range = toOriginalRange(a.normalized, span.start, span.end);
    return clip(text, range.start, range.end);
  };
  /** The excerpts of several spans, without repeats, at most five. */
  const excerpts = (spans: readonly Span[]): string[] => [...new Set(spans.map(excerpt))].slice(0, 5);
  const overflowWords = overflow === null ? [] : [clip(text, overflow)].filter(Boolean);
  const judge = (status: Status, message: string, evidence: readonly string[], suggestion: string): Judgement => ({
    status,
    message,
    evidence: [...evidence],
    suggestion,
  });
  /** The judgement for the first of `kinds` the note has, in its problem's own words. */
  const fromProblems = (kinds: readonly ProblemKind[], status: Status): Judgement | undefined => {
    const kind = kinds.find((k) => problems[k].length > 0);
    if (kind === undefined) return undefined;
    const evidence = excerpts(problems[kind]);
    const [, , , message, suggestion] = PROBLEMS[kind];
    return judge(status, message(quote(evidence[0] ?? '')), evidence, suggestion);
  };
  /** The most specific cue (the first when several tie), with scenario matches as specific cues. */
  const bestCue = (cues: readonly Cue[], scenario: readonly Span[] = []): Cue | undefined =>
    [...cues, ...scenario.map((span) => ({ ...span, level: 2 as const }))].reduce<Cue | undefined>(
      (best, cue) => (best === undefined || cue.level > best.level ? cue : best),
      undefined,
    );
  const stockWords = excerpts(a.defaultEvidence);
  /** Empty, default and not-English notes get the same shape of judgement on every reason. */
  const frame = (empty: string, stock: string, hint: string): Judgement | undefined =>
    a.empty
      ? judge('fail', empty, [], hint)
      : a.defaultNote
        ? judge(
            'fail',
            stock.replace('$', () => quote(stockWords[0] ?? '')),
            stockWords,
            hint,
          )
        : undefined;
  const englishOnly = (what: string, check: string): Judgement | undefined =>
    a.notEnglish ? judge('partial', `I read English only, so I can’t tell ${what}.`, [], check) : undefined;

  const names = excerpts(a.names);
  const contextCue = bestCue(a.context, use?.context);
  const whyCue = bestCue(a.why, use?.want);
  const said = (cue: Cue | undefined): string => quote(cue ? excerpt(cue) : '');
  const impersonalHint = use
    ? `${use.name.length === 0 ? `Use their name (${quote(use.scenario.name[0] ?? '')}) and say` : 'Say'} how you know them${
        use.context.length === 0 ? `, for example ${quote(use.scenario.context[0] ?? '')}` : ''
      }.`
    : 'Say where you met or what of theirs you read, e.g. “We met at the Berlin JS meetup” or “I enjoyed your post on onboarding”.';
  const want = use?.scenario.want[0];
  const whyHint =
    want !== undefined && use?.want.length === 0
      ? `Say what you’re hoping for, for example ${quote(want)}.`
      : 'Say what you’re working on or hoping to learn, e.g. “I’m moving into product design and would love to follow your work on research ops.”';
  const favorHint = 'A simple “thanks”, or an offer to share what you learn, shows you know they owe you nothing.';
  const quantityHint = 'Write to this one person: what you share with them, and what you hope to learn or offer.';
  const courtesies = [...a.thanks, ...a.offers].sort((x, y) => x.start - y.start);
  const first = a.tokens[0];
  const last = a.tokens.at(-1);

  const judgements: Record<CriterionId, () => Judgement> = {
    impersonal: () => {
      const evidence = [...(contextCue ? [excerpt(contextCue)] : []), ...names];
      if (a.contextLevel === 2) {
        const spoilt = fromProblems(['impersonal-greeting', 'flattery'], 'partial');
        if (spoilt)
          return { ...spoilt, message: `You say how you know them (${said(contextCue)}), but ${spoilt.message}` };
        return judge(
          'pass',
          `You say how you know them: ${said(contextCue)}.`,
          evidence,
          names.length > 0 || !use ? 'Keep it: one specific detail is what makes a note personal.' : impersonalHint,
        );
      }
      if (a.contextLevel === 1)
        return judge(
          'partial',
          `${said(contextCue)} is a start, but name the event, post or person so they can place you.`,
          evidence,
          impersonalHint,
        );
      return (
        fromProblems(['impersonal-greeting', 'flattery', 'generic-context'], 'fail') ??
        (names.length > 0
          ? judge(
              'partial',
              `You use their name, ${quote(names[0] ?? '')}, but nothing says how you know them or what of theirs you saw.`,
              names,
              impersonalHint,
            )
          : judge(
              'fail',
              'Nothing in the note says how you know them or what of theirs made you write.',
              [],
              impersonalHint,
            ))
      );
    },
    lazy: () =>
      fromProblems(['stock', 'textspeak'], 'partial') ??
      (a.bodyWords < 6 && first && last
        ? judge(
            'partial',
            `${quote(excerpt({ start: first.start, end: last.end }))} is too short to show you took any care over it.`,
            [excerpt({ start: first.start, end: last.end })],
            'Add a sentence on how you know them and one on why you’re writing.',
          )
        : judge(
            'pass',
            'You wrote this in your own words, not from a template.',
            [],
            'Read it aloud once: if it sounds like you talking to them, it’s right.',
          )),
    rude: () =>
      judge(
        'pass',
        'Nothing here asks too much of them or pushes for a reply.',
        [],
        'Keep the first note free of asks; there is time for that later.',
      ),
    quantity: () =>
      a.contextLevel >= 1 || a.whyLevel === 2
        ? judge(
            'pass',
            'The note is written for this one person, not for a crowd.',
            [],
            'Keep it that way: one person, one reason.',
          )
        : (fromProblems(['generic-context'], 'partial') ??
          judge('partial', 'Nothing ties the note to them, so it reads as one of many sent.', [], quantityHint)),
    why: () => {
      if (a.whyLevel === 2)
        return judge(
          'pass',
          `You say why: ${said(whyCue)}.`,
          whyCue ? [excerpt(whyCue)] : [],
          'Keep it: a reason they can answer is the best start.',
        );
      const collecting = fromProblems(['network'], 'fail');
      if (collecting) return { ...collecting, suggestion: whyHint };
      if (problems.pitch.length > 0) {
        const pitch = excerpts(problems.pitch);
        return judge('fail', `The only reason given is a sale: ${quote(pitch[0] ?? '')}.`, pitch, whyHint);
      }
      return whyCue
        ? judge('partial', `${said(whyCue)} is a reason, but one that would fit anyone.`, [excerpt(whyCue)], whyHint)
        : judge('fail', 'The note doesn’t say why you want to connect.', [], whyHint);
    },
    favor: () => {
      if (courtesies.length === 0)
        return judge(
          'partial',
          'There is no thanks and nothing offered back, though a few words would do.',
          [],
          favorHint,
        );
      const evidence = excerpts(courtesies);
      return judge(
        'pass',
        `${quote(evidence[0] ?? '')} shows you know they owe you nothing.`,
        evidence,
        'Keep it short and warm.',
      );
    },
    length: () =>
      overflow === null
        ? judge(
            'pass',
            `Your note is ${a.length} of ${limit} characters, so it fits.`,
            [],
            limit - a.length > 60 && !a.empty
              ? 'There is room to spare; one more specific detail would fit.'
              : 'Keep it within the limit as you edit.',
          )
        : judge(
            'fail',
            `Your note is ${a.length} characters, ${over} over the ${limit} limit, so LinkedIn won’t let you send it.`,
            overflowWords,
            `Cut ${over} characters: drop a pleasantry or a second example, not the part about them.`,
          ),
  };

  /**
   * What comes before each criterion's own judgement: the empty and default notes, the problems that
   * decide it (failing, then partial), and the English-only caveat, in that order.
   */
  const before: Record<Exclude<CriterionId, 'length'>, () => Judgement | undefined> = {
    impersonal: () =>
      frame(
        'There is no note yet, so nothing in it is about them.',
        '$ is the note LinkedIn offers everyone, so nothing in it is about them.',
        impersonalHint,
      ) ??
      englishOnly(
        'whether this note is about them',
        'Check it yourself: does it say how you know them, or what of theirs you saw?',
      ),
    lazy: () =>
      frame(
        'There is no note yet, so LinkedIn would send a blank invitation.',
        '$ is LinkedIn’s stock text, which reads as no note at all.',
        'Write two sentences of your own: how you know them, and why you’d like to connect.',
      ) ??
      fromProblems(['placeholder'], 'fail') ??
      englishOnly(
        'whether this is your own wording',
        'Make sure it is your own words for this person, not a template.',
      ),
    rude: () =>
      frame(
        'Sending no note at all leaves them to work out who you are and what you want.',
        '$ is the least LinkedIn lets you do, and it leaves the rest to them.',
        'Do the small work of saying who you are to them and why you’re writing.',
      ) ??
      fromProblems(['demand', 'rude', 'shouting'], 'fail') ??
      fromProblems(['soft-ask'], 'partial') ??
      englishOnly('whether the tone is right', 'Check that it asks for nothing yet and reads kindly.'),
    quantity: () =>
      frame(
        'A blank invitation is what people send in bulk, so it reads as one of many.',
        '$ is what people send by the hundred, so it reads as one of many.',
        quantityHint,
      ) ??
      fromProblems(['network'], 'fail') ??
      englishOnly('whether it is written for this one person', 'Check that it could only have been sent to them.'),
    why: () =>
      frame(
        'There is no note, so nothing says why you want to connect.',
        '$ says that you want to connect, but not why.',
        whyHint,
      ) ?? englishOnly('whether it says why you want to connect', 'Check that it gives a reason that only fits them.'),
    favor: () =>
      frame(
        'Accepting you is a favour, and a blank invitation gives them nothing back.',
        '$ asks them to do you a favour without a word of thanks.',
        favorHint,
      ) ??
      fromProblems(['pitch'], 'fail') ??
      fromProblems(['link'], 'partial') ??
      englishOnly('whether it thanks them or offers something back', favorHint),
  };

  const criteria = (Object.keys(judgements) as CriterionId[]).map((id): Criterion => ({
    id,
    label: id === 'length' ? 'The length limit' : REASON_LABELS[id],
    ...((id === 'length' ? undefined : before[id]()) ?? judgements[id]()),
    href: id === 'length' ? '/lessons/no-note-left/' : `/lessons/${REASON_LESSON_SLUGS[id]}/#what-to-write-instead`,
  }));

  // Penalties, flags and highlights: the default text, every problem found, the text past the limit.
  const penalties: Penalty[] = [];
  const flags: Flag[] = [];
  const marks: HighlightCandidate[] = [];
  const mark = (
    span: Span,
    kind: 'problem' | 'strength',
    reason: CriterionId,
    message: string,
    priority: number,
  ): void => {
    marks.push({ ...toOriginalRange(a.normalized, span.start, span.end), kind, reason, message, priority });
  };
  if (a.empty) flags.push('empty');
  const found: [readonly Span[], CriterionId, number, Flag, (words: string) => string][] = PROBLEM_KINDS.filter(
    (kind) => problems[kind].length > 0 && !(kind === 'stock' && a.defaultNote),
  ).map((kind) => {
    const [reason, points, flag, message] = PROBLEMS[kind];
    return [problems[kind], reason, points, flag, message];
  });
  if (a.defaultNote)
    found.unshift([
      a.defaultEvidence,
      'lazy',
      50,
      'default-text',
      (w) => `${w} is LinkedIn’s stock text, so it reads as no note at all.`,
    ]);
  for (const [spans, reason, points, flag, message] of found) {
    const evidence = excerpts(spans);
    penalties.push({ points, reason, message: message(quote(evidence[0] ?? '')), evidence });
    flags.push(flag);
    for (const span of spans) mark(span, 'problem', reason, message(quote(excerpt(span))), 3);
  }
  if (overflow !== null) {
    penalties.push({
      points: 20,
      reason: 'length',
      message: `Your note is ${over} characters over the ${limit} limit, so it can’t be sent as it is.`,
      evidence: overflowWords,
    });
    flags.push('over-limit');
    if (overflow < text.length)
      marks.push({
        start: overflow,
        end: text.length,
        kind: 'problem',
        reason: 'length',
        message: `This part is past the ${limit}-character limit.`,
        priority: 2,
      });
  }
  const wrongName = a.wrongNames[0];
  let namePenalty: Penalty | undefined;
  if (wrongName) {
    const greeted = excerpt(wrongName);
    const message = `You greet ${quote(greeted)}, but you are writing to ${quote(recipientName(options))}: check the name first.`;
    namePenalty = { points: 25, reason: 'impersonal', message, evidence: [greeted] };
    flags.push('wrong-name');
    mark(wrongName, 'problem', 'impersonal', message, 4);
  }
  if (a.notEnglish) flags.push('not-english');
  if (!a.empty && !a.defaultNote && !a.notEnglish) {
    if (a.contextLevel === 0) flags.push('no-context');
    if (a.whyLevel === 0) flags.push('no-reason');
    const strengths: [readonly Span[], CriterionId, string][] = [
      [a.names, 'impersonal', 'Using their name, $, shows the note is meant for them.'],
      [use?.context ?? [], 'impersonal', '$ uses what you know about them.'],
      [a.context.filter((cue) => cue.level === 2), 'impersonal', '$ tells them how you know them.'],
      [use?.want ?? [], 'why', '$ is the reason you’re writing.'],
      [a.why.filter((cue) => cue.level === 2), 'why', '$ tells them why you want to connect.'],
      [a.thanks, 'favor', '$ is a kind touch that shows you know they owe you nothing.'],
      [a.offers, 'favor', '$ offers something back, which makes saying yes easy.'],
    ];
    for (const [spans, reason, message] of strengths)
      for (const span of spans)
        mark(
          span,
          'strength',
          reason,
          message.replace('$', () => quote(excerpt(span))),
          1,
        );
  }
  penalties.sort((x, y) => y.points - x.points);
  // A wrong name is the first thing to fix, so its penalty leads whatever it costs.
  if (namePenalty) penalties.unshift(namePenalty);

  const decided = decideVerdict(a);
  // Greeting the wrong person is never thoughtful, however good the rest.
  const verdict = wrongName && decided === 'thoughtful' ? 'needs-work' : decided;
  return {
    score: scoreNote(a, verdict, penalties),
    verdict,
    summary: namePenalty?.message ?? summarize(a, verdict, penalties[0]?.message),
    criteria,
    highlights: resolveHighlights(marks, text),
    flags,
    penalties,
    length: a.length,
    limit,
  };
}

/** The name the writer says they are writing to: the checker's field, or the scenario's first name. */
function recipientName(options: GradeOptions): string {
  return options.recipient?.trim() || options.scenario?.name[0] || '';
}

/** One sentence that sums up the verdict for the writer; `top` is the largest penalty's message. */
function summarize(a: Analysis, verdict: Verdict, top: string | undefined): string {
  if (a.empty) return 'There is no note yet, so LinkedIn would send a blank invitation.';
  if (verdict === 'default')
    return 'This is LinkedIn’s stock note, or close enough to it, so it will read as no note at all.';
  if (verdict === 'thoughtful')
    return 'Thoughtful: it says how you know them and why you want to connect, in your own words.';
  if (verdict === 'lazy') {
    if (a.notEnglish) return `I read English only, but I can see a problem: ${top ?? 'it reads as a template.'}`;
    return top
      ? `Not there yet: ${top}`
      : 'This note could go to anyone: it doesn’t say how you know them or why you’re writing.';
  }
  if (a.notEnglish)
    return 'I read English only, so I can’t judge this note; check it against the six reasons yourself.';
  const has =
    a.contextLevel === 2
      ? 'it says how you know them'
      : a.whyLevel === 2
        ? 'it says why you’re writing'
        : 'it has something personal in it';
  const missing =
    a.overflowStart !== null
      ? `it is ${a.length - a.limit} characters over the limit.`
      : a.contextLevel < 2 && a.whyLevel < 2
        ? 'it needs a specific detail and a clear reason.'
        : a.whyLevel < 2
          ? 'not yet why you want to connect.'
          : a.contextLevel < 2
            ? 'not yet how you know them.'
            : `one thing holds it back: ${top ?? 'it needs a last polish.'}`;
  return `A good start: ${has}, but ${missing}`;
}
