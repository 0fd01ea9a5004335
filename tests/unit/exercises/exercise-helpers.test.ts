import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gradedPart, scenarioFor, standing } from '../../../src/lib/exercise.ts';
import { BROKEN_LINK_MESSAGE, noteLink, readNoteFragment } from '../../../src/lib/note-link.ts';

describe('gradedPart', () => {
  it('never splits an emoji at the cut', () => {
    const text = `${'a'.repeat(4)}😀b`;
    expect(gradedPart(text, 5)).toBe('aaaa');
    expect(gradedPart(text, 6)).toBe('aaaa😀');
    expect(gradedPart('short', 10)).toBe('short');
  });
});

describe('the #note= link', () => {
  it('round-trips any note and name, including HTML and % signs', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ maxLength: 30 }), (note, name) => {
        const link = noteLink('https://example.org/check/#old', note, name);
        expect(link.startsWith('https://example.org/check/#note=')).toBe(true);
        const read = readNoteFragment(new URL(link).hash);
        expect(read).toEqual(
          name.trim() ? { kind: 'note', note, name: name.trim().slice(0, 80) } : { kind: 'note', note },
        );
      }),
    );
  });

  it('gives a clear message for malformed % sequences instead of throwing', () => {
    expect(readNoteFragment('#note=50%25%ZZ')).toEqual({ kind: 'error', message: BROKEN_LINK_MESSAGE });
    expect(readNoteFragment('#note=ok&to=%E0%A4%A')).toEqual({ kind: 'error', message: BROKEN_LINK_MESSAGE });
  });

  it('ignores fragments without a note', () => {
    expect(readNoteFragment('')).toEqual({ kind: 'none' });
    expect(readNoteFragment('#main')).toEqual({ kind: 'none' });
  });
});

describe('scenarioFor', () => {
  it('passes the name and each fact’s keywords to the grader', () => {
    const scenario = scenarioFor({
      recipient: { name: 'Chris' },
      howYouKnowThem: { keywords: ['beach'] },
      whatYouWant: { keywords: ['marketing', 'charity'] },
    });
    expect(scenario).toEqual({ name: ['Chris'], context: ['beach'], want: ['marketing', 'charity'] });
  });
});

describe('standing', () => {
  it('says not done, with the goal, before anything was saved', () => {
    expect(standing({ done: false })).toEqual({
      done: false,
      text: 'Reach Thoughtful to complete this exercise.',
    });
  });
  it('gives the best verdict so far, and the current one when it is lower', () => {
    expect(standing({ done: false, best: 'needs-work' }, 'needs-work').text).toBe(
      'Your best so far needs work; reach Thoughtful to complete this exercise.',
    );
    expect(standing({ done: false, best: 'needs-work' }, 'lazy').text).toBe(
      'Your best so far needs work; this version looks lazy; reach Thoughtful to complete this exercise.',
    );
  });
  it('stays done when the note is made worse, and says so', () => {
    expect(standing({ done: true }, 'thoughtful')).toEqual({
      done: true,
      text: 'You wrote a thoughtful note for this situation.',
    });
    expect(standing({ done: true, best: 'thoughtful' }, 'needs-work')).toEqual({
      done: true,
      text: 'Your best was thoughtful; this version needs work.',
    });
    expect(standing({ done: true }, 'unjudged').text).toBe('Your best was thoughtful; this version can’t be judged.');
    expect(standing({ done: false, best: 'thoughtful' }).done).toBe(true);
  });
});
