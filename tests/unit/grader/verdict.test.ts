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

  it('does not count "hope to connect" as a reason, but lets a named meeting imply one', () => {
    expect(gradeNote('Hi Priya, I work in logistics in Leeds. Hope to connect!').flags).toContain('no-reason');
    // The rubric: a meeting, thanks or a talk is a real context and an implied reason.
    expect(verdict('Hi Priya, we met at the Leeds fintech meetup. Hope to connect!')).toBe('thoughtful');
  });

  it('reads something of theirs, named, as context: "your Figma notes"', () => {
    const text =
      'Hi Zara, your Figma notes on the checkout flow were a gift. I’m redesigning our own and would love to follow your work.';
    expect(verdict(text)).toBe('thoughtful');
    expect(verdict(text.replace('your Figma notes', 'the notes'))).not.toBe('thoughtful');
  });

  it('does not take shared ground that names nothing for context', () => {
    // The rubric names "fellow alum" as a context too vague for thoughtful: needs-work, not lazy.
    expect(verdict('Hello! As a fellow alum, I’d love to connect.')).toBe('needs-work');
    expect(gradeNote('Hello! As a fellow alum, I’d love to connect.').flags).not.toContain('no-context');
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

  it('reads who sent them and where they met as context, however it is said', () => {
    for (const text of [
      'Hi Rosa, Derek Lyle from my bootcamp cohort said you went from HVAC to data. I’m making the same jump and would love to follow your path.',
      'Hi Dr. Huang, I was a patient at the Westside Sports Clinic after my ACL surgery. I’m now studying physio and would love to follow your work.',
      'Hi Lena, I stopped by the Hollis Textiles stand at Heimtextil on Thursday. I’m sourcing recycled wool for our studio and would love to stay in touch.',
    ])
      expect(verdict(text)).toBe('thoughtful');
  });

  it('lets text-speak cost points without sinking a specific note', () => {
    const result = gradeNote(
      'hey marcus great meeting u at the rooftop thing for climate founders last night! want to keep in touch re the ev charging idea',
    );
    expect(result.flags).toContain('textspeak');
    expect(result.verdict).toBe('thoughtful');
  });

  it('knows admiration of a career for flattery and "open to hearing more" for a pitch', () => {
    expect(gradeNote('Hi Victor, I’m a huge admirer of your career.').flags).toContain('flattery');
    expect(gradeNote('I’m building a team of motivated women, would you be open to hearing more?').flags).toContain(
      'pitch',
    );
  });

  it('does not take "he gave me your name" for a demand', () => {
    expect(gradeNote('Hello Mr. Brandt, I am Lukas’ cousin, he gave me your name.').flags).not.toContain('demand');
  });

  it('reads more ways of saying what prompted the note', () => {
    for (const text of [
      'Hi Ewan, we went back and forth in the comments on Rachel Kim’s post about four-day weeks. I’m trialling one at Brightside and would love to hear how yours goes.',
      'Dr Mensah, I really valued your grand round on sickle cell in pregnancy on Tuesday. I’m a GP trainee in Kumasi and would like to keep learning from your work.',
      'Hi Orla, I’m the illustrator on the Brightwater Zoo rebrand and just saw your copy for the signage. I’d love to swap notes on the brief.',
    ])
      expect(verdict(text)).toBe('thoughtful');
  });

  it('does not take "vacancy taxes" for a job ask', () => {
    expect(gradeNote('Your piece on vacancy taxes in Dublin changed my mind.').flags).not.toContain('demand');
    expect(gradeNote('Are there any vacancies in your team?').flags).toContain('demand');
  });

  it('reads a shared former employer, an introduction and a request of theirs as context', () => {
    expect(
      verdict('Ex-Brightwell ops team, 2014–18. I’ve just joined Halden’s ops group and would love to swap notes.'),
    ).toBe('thoughtful');
    expect(gradeNote('Hi Georg, Anita Kovacs said I should connect with you.').flags).toEqual(
      expect.arrayContaining(['no-reason']),
    );
    expect(gradeNote('Hi Georg, Anita Kovacs said I should connect with you.').flags).not.toContain('no-context');
    expect(
      verdict(
        'Great chatting at Build Expo, Tom. I’ll bring the scaffold tag samples you asked for, so you can test them on site.',
      ),
    ).toBe('thoughtful');
  });

  it('knows recruiter praise and an offer to send a deck for what they are', () => {
    expect(gradeNote('Always good to connect with talented engineers like yourself!').flags).toContain('flattery');
    expect(gradeNote('Mind if I send over a short deck?').flags).toContain('pitch');
  });
});
