/**
 * How the parts of a note add up to a verdict. These cases came from notes by an outside writer
 * (tests/corpus/notes.jsonl, split "outside") that the grader first read wrongly.
 */
import { describe, expect, it } from 'vitest';
import { gradeNote } from '../../../src/lib/grader/grade-note.ts';

const verdict = (text: string) => gradeNote(text).verdict;

describe('the verdict', () => {
  it('lets a specific context carry a plain reason', () => {
    expect(verdict('Hi Rosa, we sat together at the Lakeside Nursing forum. I’d love to follow your research.')).toBe(
      'thoughtful',
    );
    // Without the context, the same plain reason is not enough.
    expect(verdict('Hi Rosa, I’d love to follow your research.')).not.toBe('thoughtful');
  });

  it('does not count "hope to connect" as a reason', () => {
    expect(gradeNote('Hi Priya, we met at the Leeds fintech meetup. Hope to connect!').flags).toContain('no-reason');
  });

  it('reads something of theirs, named, as context: "your Figma notes"', () => {
    const text =
      'Hi Zara, your Figma notes on the checkout flow were a gift. I’m redesigning our own and would love to follow your work.';
    expect(verdict(text)).toBe('thoughtful');
    expect(verdict(text.replace('your Figma notes', 'the notes'))).not.toBe('thoughtful');
  });

  it('does not take shared ground that names nothing for context', () => {
    expect(verdict('Hello! As a fellow alum, I’d love to connect.')).toBe('lazy');
    expect(
      verdict('Hello! As a fellow Kestrel University alum, I’d love to hear how you moved into ecology.'),
    ).not.toBe('lazy');
  });

  it('marks a job ask as spoiling a personal note, and as the whole point of an empty one', () => {
    const personal =
      'Hi Grace, thanks for your session on calm classrooms at the Midlands Teachers’ Conference. I’m trying it with my Year 5 class, and is your school hiring?';
    expect(verdict(personal)).toBe('needs-work');
    expect(gradeNote(personal).flags).toContain('demand');
    expect(
      verdict('Hi Sam. I am looking for new opportunities. Please let me know if your company has openings.'),
    ).toBe('lazy');
  });

  it('does not take "I’m opening a café" for a job ask', () => {
    expect(
      gradeNote('Hi Leah, I’m opening a café near your bakery and would love to stock your bread.').flags,
    ).not.toContain('demand');
  });
});
