import { segmentText } from '../../lib/tidy-highlights.ts';
import type { MarkLine } from '../../lib/feedback.ts';
import type { HeadingTag } from './heading.ts';

/** Symbols that tell problems from strengths without colour; the list spells them out. */
const SYMBOL = { problem: '✗', strength: '✓' } as const;
const WORD = { problem: 'Problem', strength: 'Strength' } as const;

interface Props {
  /** The learner's note, exactly as typed; rendered only as text. */
  text: string;
  /** The marked passages, whole words only, from `buildFeedback`. */
  marks: readonly MarkLine[];
  Heading: HeadingTag;
}

/** The learner's own words with problems (wavy underline, ✗) and strengths (double underline, ✓) marked. */
export function HighlightedNote({ text, marks, Heading }: Props) {
  if (text.trim() === '') return null;
  const { segments, hiddenChars } = segmentText(text, marks);
  const listed = marks.filter((mark) => mark.message !== '');
  return (
    <>
      <Heading class="nc-subhead">Your note, marked</Heading>
      <p class="nc-marked-text">
        {segments.map((segment) => {
          if (!segment.kind) return segment.text;
          const end = segment.start + segment.text.length;
          const ending = segment.marks.map((i) => marks[i]).filter((mark) => mark !== undefined && mark.end <= end);
          return (
            <>
              <mark class={`nc-hl nc-hl-${segment.kind}`} data-highlight={segment.kind}>
                {segment.text}
              </mark>
              {ending.length > 0 && (
                <sup class="nc-hl-ref" aria-hidden="true">
                  {ending.map((mark) => `${SYMBOL[mark?.kind ?? 'problem']}${mark?.number ?? ''}`).join(' ')}
                </sup>
              )}
            </>
          );
        })}
      </p>
      {hiddenChars > 0 && (
        <p class="nc-muted">…and {hiddenChars.toLocaleString('en-GB')} more characters, not marked here.</p>
      )}
      {listed.length > 0 && (
        <details class="nc-details">
          <summary>What the marks mean ({listed.length})</summary>
          <ol class="nc-hl-list">
            {listed.map((mark) => (
              <li class={`nc-hl-item nc-hl-item-${mark.kind}`} value={mark.number}>
                <span class="nc-tag">
                  <span aria-hidden="true">{SYMBOL[mark.kind]} </span>
                  {WORD[mark.kind]}:
                </span>{' '}
                {mark.message}
              </li>
            ))}
          </ol>
        </details>
      )}
    </>
  );
}
