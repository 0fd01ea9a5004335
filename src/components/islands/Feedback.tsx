import type { FeedbackModel } from '../../lib/feedback.ts';
import type { HeadingLevel, HeadingTag } from './heading.ts';
import { FeedbackDetails } from './FeedbackDetails.tsx';
import { FeedbackSummary } from './FeedbackSummary.tsx';
import { HighlightedNote } from './HighlightedNote.tsx';
import { ReasonList } from './ReasonList.tsx';

interface Props {
  /** What the panel says, from `buildFeedback`. */
  model: FeedbackModel;
  /** The note that was graded, shown back with its marks. */
  text: string;
  /** What changed at the last pause in typing; '' for nothing. */
  change: string;
  /** Level of the panel's section headings. */
  level: HeadingLevel;
}

/**
 * The feedback on one note, at a glance first: the wrong name if any, the verdict in words and the
 * changes that would help most; then each reason as passed, partly or missing; then the note with
 * its marks; the details folded away.
 */
export function Feedback({ model, text, change, level }: Props) {
  const Heading: HeadingTag = `h${level}`;
  return (
    <div class="nc-feedback">
      <FeedbackSummary model={model} change={change} Heading={Heading} />
      {model.verdict !== 'unjudged' && <ReasonList reasons={model.reasons} Heading={Heading} />}
      <HighlightedNote text={text} marks={model.marks} Heading={Heading} />
      {model.verdict !== 'unjudged' && <FeedbackDetails model={model} />}
    </div>
  );
}
