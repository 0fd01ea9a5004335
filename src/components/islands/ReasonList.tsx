import { STATUS_MARKS, type ReasonLine } from '../../lib/feedback.ts';
import type { HeadingTag } from './heading.ts';

interface Props {
  reasons: readonly ReasonLine[];
  Heading: HeadingTag;
}

/** Each reason as what a good note does, marked passed, partly or missing with a symbol and a word. */
export function ReasonList({ reasons, Heading }: Props) {
  return (
    <>
      <Heading class="nc-subhead">Reason by reason</Heading>
      <ul class="nc-reasons">
        {reasons.map((reason) => (
          <li class={`nc-${reason.status}`}>
            <span class="nc-state">
              <span aria-hidden="true">{STATUS_MARKS[reason.status].symbol} </span>
              {STATUS_MARKS[reason.status].word}
              <span class="nc-vh">:</span>
            </span>{' '}
            {reason.outcome}
          </li>
        ))}
      </ul>
    </>
  );
}
