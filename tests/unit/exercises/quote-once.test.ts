import { describe, expect, it } from 'vitest';
import { fold, quoteOnce } from '../../../src/lib/quote-once.ts';

describe('quoteOnce', () => {
  it('passes new sentences and quotes through unchanged', () => {
    const say = quoteOnce();
    expect(say('You say why: “I am moving into QA”.')).toBe('You say why: “I am moving into QA”.');
    expect(say('“Hi there” addresses nobody in particular.')).toBe('“Hi there” addresses nobody in particular.');
  });

  it('drops a sentence already said, and keeps only the lead of one that ends with it', () => {
    const say = quoteOnce();
    say('“add me” asks a stranger for a lot before they know you.');
    expect(say('“add me” asks a stranger for a lot before they know you.')).toBe('');
    expect(say('Not there yet: “add me” asks a stranger for a lot before they know you.')).toBe('Not there yet.');
  });

  it('names a passage quoted before instead of quoting it again, in whatever place the quote stands', () => {
    const say = quoteOnce();
    say('“loved your talk at JSConf” tells them how you know them.');
    say('Using their name, “Ana”, shows the note is meant for them.');
    expect(say('You say how you know them: “loved your talk at JSConf”.')).toBe('You say how you know them.');
    expect(say('You use their name, “Ana”, but nothing says why.')).toBe('You use their name but nothing says why.');
    expect(say('You say how you know them (“loved your talk at JSConf”), but not why.')).toBe(
      'You say how you know them, but not why.',
    );
    expect(say('“loved your talk at JSConf” is a start.')).toBe('That phrase is a start.');
    expect(say('“Ana”: a name.')).toBe('A name.');
    expect(say('Keep “Ana” in it.')).toBe('Keep that word in it.');
  });

  it('matches quotes and sentences whatever their case, spacing or apostrophes', () => {
    const say = quoteOnce();
    say('“I’d like to  connect” is stock.');
    expect(say("“i'd like to connect” reads as no note.")).toBe('That phrase reads as no note.');
    expect(fold('  Hello,  World!! ')).toBe('hello, world');
  });

  it('keeps each panel to itself', () => {
    const first = quoteOnce();
    first('“add me” is pushy.');
    expect(quoteOnce()('“add me” is pushy.')).toBe('“add me” is pushy.');
  });
});
