import type { Result } from '../../lib/grader/result-schema.ts';
import { segmentText, visibleHighlights } from '../../lib/exercise.ts';

/** Symbols that tell problems from strengths without colour; the list below spells them out. */
const SYMBOL = { problem: '✗', strength: '✓' } as const;

interface Props {
  /** The learner's note, exactly as typed; rendered only as text. */
  text: string;
  /** The grader's highlights for that text. */
  highlights: Result['highlights'];
}

/** The learner's own words with problems (wavy underline, ✗) and strengths (double underline, ✓) marked. */
export function HighlightedNote({ text, highlights: all }: Props) {
  const highlights = visibleHighlights(text, all);
  const { segments, hiddenChars } = segmentText(text, highlights);
  return (
    <div class="nc-marked">
      <p class="nc-marked-text">
        {segments.map((segment) => {
          if (!segment.kind) return segment.text;
          const end = segment.start + segment.text.length;
          const ending = segment.marks.filter((i) => Math.min(highlights[i]?.end ?? 0, text.length) <= end);
          return (
            <>
              <mark class={`nc-hl nc-hl-${segment.kind}`}>{segment.text}</mark>
              {ending.length > 0 && (
                <sup class="nc-hl-ref" aria-hidden="true">
                  {ending.map((i) => `${SYMBOL[highlights[i]?.kind ?? 'problem']}${i + 1}`).join(' ')}
                </sup>
              )}
            </>
          );
        })}
      </p>
      {hiddenChars > 0 && (
        <p class="nc-muted">…and {hiddenChars.toLocaleString('en-GB')} more characters, not marked here.</p>
      )}
      {highlights.length > 0 && (
        <ol class="nc-hl-list">
          {highlights.map((h) => {
            const words = text.slice(Math.max(0, h.start), Math.min(h.end, h.start + 120));
            return (
              <li class={`nc-hl-item nc-hl-item-${h.kind}`}>
                <span class="nc-tag">
                  <span aria-hidden="true">{SYMBOL[h.kind]} </span>
                  {h.kind === 'problem' ? 'Problem' : 'Strength'}:
                </span>{' '}
                {h.message.includes(words) ? h.message : `“${words}” – ${h.message}`}
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
