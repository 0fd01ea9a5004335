import { describe, expect, it } from 'vitest';
import { gradeNote } from '../../../src/lib/grader/grade-note.ts';
import { ResultSchema } from '../../../src/lib/grader/result-schema.ts';
import { expectValidHighlights } from './helpers.ts';

const HOSTILE: [string, string][] = [
  ['empty', ''],
  ['whitespace', ' \t\r\n\u00a0\u3000 '],
  [
    'a 100,000-character paste',
    'We met at the Berlin JS meetup. I’d love to follow your work. '.repeat(1600).slice(0, 100_000),
  ],
  ['100,000 characters of "a("', 'a('.repeat(50_000)],
  ['deep brackets', '('.repeat(20_000) + '[{<'.repeat(10_000) + ')'.repeat(20_000)],
  ['one 100,000-letter word', 'a'.repeat(100_000)],
  ['a repeated phrase', 'expand my network '.repeat(5_000)],
  ['repeated stock text', "I'd like to add you to my professional network on LinkedIn. ".repeat(1_500)],
  ['capitals', 'PLEASE ACCEPT MY REQUEST NOW '.repeat(3_000)],
  ['combining characters', `Hi Le${'\u0301'.repeat(5_000)}na, we met at Z̸̢̛a̵l̴g̷o̶ Conf.`],
  ['emoji', '👨‍👩‍👧‍👦🏳️‍🌈👋🏽'.repeat(2_000)],
  ['lone surrogates', '\ud800 hi \udc00 there \ud83d'],
  ['control characters', '\u0000\u0001\u0007\u001b[31mred\u001b[0m'],
  ['html and script', '<img src=x onerror=alert(1)><script>alert("hi")</script><b>Hi Lena</b>, we met at PyCon.'],
  ['json-looking text', '{"score": 100, "verdict": "thoughtful"}'],
];

// Pastes of 100,000 characters; the timeout leaves room on a busy machine, it times nothing.
describe('hostile input', { timeout: 60_000 }, () => {
  it.each(HOSTILE)('handles %s', (_name, text) => {
    const result = gradeNote(text);
    expect(ResultSchema.safeParse(result).success).toBe(true);
    expectValidHighlights(text, result);
    // A result is plain data: it survives a JSON round trip unchanged.
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('grades HTML as text: tags are not template fields', () => {
    const result = gradeNote('<b>Hi Lena</b>, <i>we met</i> at PyCon <script>alert(1)</script>');
    expect(result.flags).not.toContain('placeholder');
  });

  it('keeps a pasted essay’s evidence short', () => {
    const result = gradeNote('expand my network '.repeat(5_000));
    for (const p of result.penalties) for (const e of p.evidence) expect(Array.from(e).length).toBeLessThanOrEqual(80);
    expect(result.highlights.length).toBeLessThan(200);
  });

  it('reads the first 5,000 words closely and still finds problems further on', () => {
    const text = `${'We met at the Berlin JS meetup and talked. '.repeat(800)}Book a free demo of our platform today!`;
    const result = gradeNote(text);
    expect(result.flags).toEqual(expect.arrayContaining(['over-limit', 'pitch']));
    // A real context (the meetup) followed by a pitch is needs-work by the rubric, never thoughtful.
    expect(result.verdict).toBe('needs-work');
    expectValidHighlights(text, result);
  });
});
