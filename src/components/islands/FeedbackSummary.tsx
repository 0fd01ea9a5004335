import type { FeedbackModel } from '../../lib/feedback.ts';
import { withBase } from '../../lib/url.ts';
import type { HeadingTag } from './heading.ts';

interface Props {
  model: FeedbackModel;
  change: string;
  Heading: HeadingTag;
}

/** The top of the panel: the wrong name first, the verdict in words, what changed, and what would help most. */
export function FeedbackSummary({ model, change, Heading }: Props) {
  return (
    <>
      {model.wrongName && (
        <p class="nc-alert">
          <strong>
            <span aria-hidden="true">✗ </span>Wrong name.
          </strong>{' '}
          {model.wrongName}
        </p>
      )}
      <p class={`nc-verdict nc-verdict-${model.verdict}`}>
        <strong data-verdict={model.verdict}>{model.label}</strong>
        {model.score !== undefined && <span class="nc-score"> · score {model.score} of 100</span>}
      </p>
      {model.headline && <p class="nc-headline">{model.headline}</p>}
      {change && (
        <p class="nc-change">
          <span class="nc-tag">Since your last pause:</span> {change}
        </p>
      )}
      {model.changes.length > 0 && (
        <>
          <Heading class="nc-subhead">{model.changesTitle}</Heading>
          <ol class="nc-changes">
            {model.changes.map((item) => (
              <li>
                <strong>{item.title}</strong>
                {item.why && (
                  <span class="nc-line">
                    <span class="nc-tag">Why:</span> {item.why}
                  </span>
                )}
                {item.fix && (
                  <span class="nc-line">
                    <span class="nc-tag">Try:</span> {item.fix}
                  </span>
                )}
                <a class="nc-line" href={withBase(item.href)}>
                  Lesson: {item.lesson}
                </a>
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}
