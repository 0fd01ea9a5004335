import { describe, expect, it } from 'vitest';
import { announcement, describeChange, type Judged } from '../../../src/lib/feedback-change.ts';
import { VERDICT_LABELS } from '../../../src/lib/exercise.ts';
import { gradeNote } from '../../../src/lib/grader/grade-note.ts';
import type { Result } from '../../../src/lib/grader/result-schema.ts';

const CONTEXT = 'Hi Chris, great filling bags side by side at the beach clean-up last month.';
const WITH_WHY = `${CONTEXT} I do marketing for a small charity too and would love to swap ideas.`;

/** A result with its criteria's statuses and score changed, for the cases real notes reach only by chance. */
function tweak(result: Result, score: number, statuses: Partial<Record<string, Result['criteria'][number]['status']>>) {
  return {
    ...result,
    score,
    criteria: result.criteria.map((c) => ({ ...c, status: statuses[c.id] ?? c.status })),
  } satisfies Judged;
}

describe('describeChange', () => {
  it('says what the last edit changed, with the points: “Now says why: +20”', () => {
    const before = gradeNote(CONTEXT);
    const after = gradeNote(WITH_WHY);
    const delta = after.score - before.score;
    expect(delta).toBeGreaterThan(0);
    expect(describeChange(before, after)).toMatch(
      new RegExp(`^Now says why.*: \\+${delta}, to ${after.score} of 100\\.`),
    );
    expect(describeChange(after, before)).toMatch(
      new RegExp(`^No longer says why.*: −${delta}, to ${before.score} of 100\\.`),
    );
  });

  it('says nothing when nothing changed, and nothing before a first verdict', () => {
    const result = gradeNote(WITH_WHY);
    expect(describeChange(result, gradeNote(WITH_WHY))).toBe('');
    expect(describeChange(undefined, result)).toBe('');
  });

  it('names the verdict when it moves', () => {
    const low = gradeNote('Hi Chris, I would like to connect.');
    const high = gradeNote(`${WITH_WHY} Thanks!`);
    const [from, to] = [VERDICT_LABELS[low.verdict], VERDICT_LABELS[high.verdict]];
    expect(from).not.toBe(to);
    expect(describeChange(low, high)).toMatch(new RegExp(` Up from ${from} to ${to}\\.$`));
    expect(describeChange(high, low)).toMatch(new RegExp(` Down from ${to} to ${from}\\.$`));
  });

  it('names two changes and counts the rest', () => {
    const base = gradeNote(WITH_WHY);
    const worse = tweak(base, 10, { impersonal: 'fail', why: 'fail', favor: 'fail', length: 'fail' });
    const better = tweak(worse, 90, { impersonal: 'pass', why: 'pass', favor: 'pass', length: 'pass' });
    expect(describeChange(worse, better)).toMatch(
      /^Now fits in 200 characters, now says how you know them, and 2 more: \+80/,
    );
  });

  it('reads partial steps both ways', () => {
    const base = gradeNote(WITH_WHY);
    const partly = tweak(base, base.score - 5, { why: 'partial' });
    expect(describeChange(base, partly)).toMatch(/^Now only partly gives a reason: −5/);
    expect(describeChange(tweak(base, base.score - 10, { why: 'fail' }), partly)).toMatch(
      /^Now partly gives a reason: \+5/,
    );
  });

  it('says a note it cannot judge is not judged, and when it can judge again', () => {
    const english = gradeNote(WITH_WHY);
    const spanish = gradeNote('Hola Chris, nos conocimos en la limpieza de la playa. Me gustaría seguir en contacto.');
    expect(spanish.flags).toContain('not-english');
    expect(describeChange(english, spanish)).toBe('Can’t judge this version: the checker reads English only.');
    expect(describeChange(spanish, spanish)).toBe('');
    expect(describeChange(spanish, english)).toMatch(/^Judged again: Needs work|^Judged again: Thoughtful/);
  });

  it('says when the name is put right', () => {
    const wrong = gradeNote(WITH_WHY.replace('Chris', 'Maria'), { recipient: 'Chris' });
    const right = gradeNote(WITH_WHY, { recipient: 'Chris' });
    expect(wrong.flags).toContain('wrong-name');
    expect(describeChange(wrong, right)).toMatch(/^Now greets the right person/);
  });
});

describe('announcement', () => {
  it('gives the verdict, the summary and the most helpful change the first time', () => {
    const result = gradeNote(CONTEXT);
    expect(announcement(undefined, result)).toBe(
      `${VERDICT_LABELS[result.verdict]}, score ${result.score} of 100. ${result.summary} Most helpful next: say why you want to connect.`,
    );
  });

  it('then only what changed, and nothing when nothing did', () => {
    const before = gradeNote(CONTEXT);
    const after = gradeNote(WITH_WHY);
    expect(announcement(before, after)).toBe(describeChange(before, after));
    expect(announcement(after, after)).toBe('');
  });

  it('puts a wrong name first, and says when it cannot judge', () => {
    const wrong = gradeNote(WITH_WHY.replace('Chris', 'Maria'), { recipient: 'Chris' });
    expect(announcement(undefined, wrong).startsWith(wrong.summary)).toBe(true);
    const spanish = gradeNote('Hola Chris, nos conocimos en la limpieza de la playa. Me gustaría seguir en contacto.');
    expect(announcement(undefined, spanish)).toBe('Can’t judge: the checker reads English only.');
    expect(announcement(spanish, spanish)).toBe('');
  });
});
