import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTCOMES, STATUS_MARKS, buildFeedback, topChanges, type FeedbackModel } from '../../../src/lib/feedback.ts';
import { gradeNote } from '../../../src/lib/grader/grade-note.ts';
import type { Result, Scenario } from '../../../src/lib/grader/result-schema.ts';
import { insideWord } from '../../../src/lib/tidy-highlights.ts';

/** Every note of the project's corpus, with its limit and scenario, to check the panel on real writing. */
const CORPUS = readFileSync(resolve(import.meta.dirname, '../../corpus/notes.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as { text: string; limit?: 200 | 300; scenario?: Scenario });

/** Every text the panel shows, in the order it shows them. */
function panelTexts(model: FeedbackModel): string[] {
  return [
    model.wrongName ?? '',
    model.headline,
    ...model.changes.flatMap((c) => [c.why, c.fix]),
    ...model.marks.map((m) => m.message),
    ...model.reasons.flatMap((r) => [r.detail, r.suggestion]),
    ...model.penalties.map((p) => p.message),
  ];
}

const quotes = (texts: readonly string[]) =>
  texts.flatMap((text) => [...text.matchAll(/“([^”]+)”/gu)].map((m) => (m[1] ?? '').toLowerCase()));

describe('buildFeedback', () => {
  it('names each reason as an outcome, marked passed, partly or missing in words and symbols', () => {
    const note =
      'Hi Ana, loved your talk at JSConf on testing. I am moving into QA and would like to follow your work.';
    const model = buildFeedback(gradeNote(note), note);
    expect(model.reasons.map((r) => r.outcome)).toEqual([
      'Says how you know them',
      'In your own words',
      'Asks for nothing yet',
      'Written for this one person',
      'Gives a reason',
      'Thanks them or offers something',
      'Fits in 200 characters',
    ]);
    expect(Object.values(STATUS_MARKS).map((m) => `${m.symbol} ${m.word}`)).toEqual([
      '✓ Passed',
      '◐ Partly',
      '✗ Missing',
    ]);
    expect(model.verdict).toBe('thoughtful');
    expect(model.label).toBe('Thoughtful');
    expect(model.changesTitle).toBe('To make it even better');
  });

  it('leads with at most two changes, each with why and a fix, failures before partial ones', () => {
    const result = gradeNote("I'd like to add you to my professional network on LinkedIn.");
    const model = buildFeedback(result, "I'd like to add you to my professional network on LinkedIn.");
    expect(model.changes).toHaveLength(2);
    expect(model.changesTitle).toBe('What would help most');
    for (const change of model.changes) {
      expect(change.title).toBe(OUTCOMES[change.id].fix);
      expect(change.fix.length).toBeGreaterThan(0);
      expect(change.href).toMatch(/^\/lessons\//);
    }
    const statuses = topChanges(result, 7).map((c) => c.status);
    expect(statuses.indexOf('partial') === -1 || statuses.lastIndexOf('fail') < statuses.indexOf('partial')).toBe(true);
  });

  it('puts a note over the limit first: it cannot be sent as it is', () => {
    const note = `Hi Sam, we met at the Leeds meetup on rotas. ${'I would love to hear more about it. '.repeat(6)}`;
    const model = buildFeedback(gradeNote(note), note);
    expect(model.changes[0]?.id).toBe('length');
    expect(model.changes[0]?.title).toBe('Fit it in 200 characters');
  });

  it('says “can’t judge” for a note in another language: no score, no reasons, no changes', () => {
    const note = 'Hola Marta, me gustaría conectar contigo porque estoy aprendiendo sobre diseño de producto.';
    const model = buildFeedback(gradeNote(note), note);
    expect(model).toMatchObject({ verdict: 'unjudged', label: 'Can’t judge', changes: [] });
    expect(model.score).toBeUndefined();
    expect(model.headline).toContain('English only');
  });

  it('says a wrong name before anything else', () => {
    const note = 'Hi Maria, great meeting you at Tuesday’s PyLadies night in Porto. I’d love to keep swapping notes.';
    const model = buildFeedback(gradeNote(note, { recipient: 'Sarah' }), note);
    expect(model.wrongName).toMatch(/“Maria”.*“Sarah”/);
    expect(panelTexts(model).filter(Boolean)[0]).toBe(model.wrongName);
    expect(model.headline).toBe('');
  });

  it('quotes each passage once per panel, on every note of the corpus', () => {
    const repeats: string[] = [];
    for (const { text, limit, scenario } of CORPUS) {
      const model = buildFeedback(gradeNote(text, { limit: limit ?? 300, scenario }), text);
      const all = quotes(panelTexts(model));
      const twice = all.filter((quote, i) => all.indexOf(quote) !== i);
      if (twice.length > 0) repeats.push(`${text} → ${twice.join(' | ')}`);
    }
    expect(repeats).toEqual([]);
  });

  it('marks whole words and phrases only, never a lone common word as a strength, on every note of the corpus', () => {
    const problems: string[] = [];
    for (const { text, limit, scenario } of CORPUS) {
      const result: Result = gradeNote(text, { limit: limit ?? 300, scenario });
      for (const mark of buildFeedback(result, text).marks) {
        const passage = text.slice(mark.start, mark.end);
        if (insideWord(text, mark.start) || insideWord(text, mark.end)) problems.push(`split: ${passage}`);
        if (mark.kind === 'strength' && /^\p{Ll}[\p{L}’'-]*$/u.test(passage)) problems.push(`one word: ${passage}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
