import { describe, expect, it } from 'vitest';
import { gradeNote } from '../../../src/lib/grader/grade-note.ts';
import { judge } from './helpers.ts';

describe('reason 6: they are doing you a favour', () => {
  it('treats a polite pitch as a pitch', () => {
    const text =
      'Hi Maria, I hope you’re well! Our platform helps HR teams hire faster. Would you like a free trial? Thank you so much!';
    const result = gradeNote(text);
    expect(judge(text, 'favor').status).toBe('fail');
    expect(judge(text, 'favor').message).toMatch(
      /“(?:Our platform|free trial)[^”]*” turns the note into a sales pitch/,
    );
    expect(result.flags).toContain('pitch');
    expect(result.verdict).toBe('lazy');
    expect(result.penalties.find((p) => p.reason === 'favor')?.evidence.join(' ')).toMatch(/Our platform/);
  });

  it.each([
    'Book a demo with our team today.',
    'Get 20% off our design services this month.',
    'We help e-commerce brands increase your revenue fast.',
    'I help coaches generate leads on autopilot.',
  ])('flags %j as a pitch', (text) => {
    expect(gradeNote(text).flags).toContain('pitch');
  });

  it('gives partial credit to a link', () => {
    const c = judge('Loved your PyCon talk on typing; my notes are at example.com/typing if useful.', 'favor');
    expect(c.status).toBe('partial');
    expect(c.message).toContain('example.com/typing');
  });

  it('passes thanks or an offer, quoting it', () => {
    const text = 'Thanks for answering my question at the PyData Q&A today.';
    const c = judge(text, 'favor');
    expect(c.status).toBe('pass');
    expect(c.message).toMatch(/thanks/i);
    // The thanks is quoted once in the whole result, by whichever judgement reaches it first.
    const messages = gradeNote(text).criteria.map((criterion) => criterion.message);
    expect(messages.filter((m) => m.includes('“Thanks for answering')).length).toBe(1);
    expect(judge('We met at RustConf; happy to share my notes on embedded async.', 'favor').status).toBe('pass');
  });

  it('gives partial credit when there is no courtesy at all', () => {
    expect(judge('Your talk at DevOpsDays changed how we run on-call.', 'favor').status).toBe('partial');
  });
});
