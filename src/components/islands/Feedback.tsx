import type { Result } from '../../lib/grader/result-schema.ts';
import { VERDICT_LABELS } from '../../lib/exercise.ts';
import { withBase } from '../../lib/url.ts';
import { HighlightedNote } from './HighlightedNote.tsx';

/** Status words and symbols, so a criterion's state never rests on colour alone. */
const STATUS = {
  pass: { symbol: '✓', label: 'Yes' },
  partial: { symbol: '◐', label: 'Partly' },
  fail: { symbol: '✗', label: 'Not yet' },
} as const;

/** Heading levels the feedback may use, to fit the page it sits in. */
export type HeadingLevel = 3 | 4 | 5;

interface Props {
  /** What the grader said about `text`. */
  result: Result;
  /** The note that was graded, shown back with its highlights. */
  text: string;
  /** Level of the section headings. */
  level?: HeadingLevel;
}

/** The grader's feedback on one note: verdict, score, the seven checks, marked words and penalties. */
export function Feedback({ result, text, level = 3 }: Props) {
  const Heading = `h${level}` as const;
  return (
    <div class="nc-feedback">
      <p class={`nc-verdict nc-verdict-${result.verdict}`}>
        <span class="nc-verdict-label">Verdict: </span>
        <strong data-verdict={result.verdict}>{VERDICT_LABELS[result.verdict]}</strong>
        <span class="nc-score"> · score {result.score} of 100</span>
      </p>
      <p class="nc-summary">{result.summary}</p>
      {text.trim() !== '' && <HighlightedNote text={text} highlights={result.highlights} />}
      <Heading class="nc-subhead">The checks</Heading>
      <ul class="nc-criteria">
        {result.criteria.map((criterion) => (
          <li class={`nc-criterion nc-${criterion.status}`}>
            <span class="nc-state">
              <span aria-hidden="true">{STATUS[criterion.status].symbol} </span>
              {STATUS[criterion.status].label}
            </span>{' '}
            <strong>{criterion.label}</strong>: {criterion.message}
            {criterion.status !== 'pass' && criterion.suggestion && <> {criterion.suggestion}</>}{' '}
            <a href={withBase(criterion.href)}>
              Why it matters<span class="nc-vh">: {criterion.label}</span>
            </a>
          </li>
        ))}
      </ul>
      {result.penalties.length > 0 && (
        <>
          <Heading class="nc-subhead">Points taken off</Heading>
          <ul class="nc-penalties">
            {result.penalties.map((penalty) => (
              <li>
                <strong>−{penalty.points}</strong> {penalty.message}
                {penalty.evidence.length > 0 && <> (“{penalty.evidence.slice(0, 3).join('”, “')}”)</>}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
