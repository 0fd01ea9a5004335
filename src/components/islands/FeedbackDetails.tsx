import { STATUS_MARKS, type FeedbackModel } from '../../lib/feedback.ts';
import { withBase } from '../../lib/url.ts';

/** Each reason's full explanation and the points taken off, folded away until asked for. */
export function FeedbackDetails({ model }: { model: FeedbackModel }) {
  return (
    <details class="nc-details">
      <summary>Details for each reason</summary>
      <dl class="nc-detail-list">
        {model.reasons.map((reason) => (
          <>
            <dt>
              {reason.outcome}: {STATUS_MARKS[reason.status].word.toLowerCase()}
            </dt>
            <dd>
              {reason.detail && <>{reason.detail} </>}
              {reason.suggestion && <>{reason.suggestion} </>}
              {!reason.detail && !reason.suggestion && <>Explained above. </>}
              <a href={withBase(reason.href)}>Lesson: {reason.lesson}</a>
            </dd>
          </>
        ))}
      </dl>
      {model.penalties.length > 0 && (
        <>
          <p class="nc-tag">Points taken off</p>
          <ul class="nc-penalties">
            {model.penalties.map((penalty) => (
              <li>
                <strong>−{penalty.points}</strong> {penalty.message || 'for the words marked ✗ above.'}
              </li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}
