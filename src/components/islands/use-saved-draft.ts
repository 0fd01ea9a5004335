import { useRef, useState } from 'preact/hooks';
import { VERDICT_RANK, type Verdict } from '../../lib/exercise.ts';
import {
  PROBLEM_MESSAGES,
  loadProgress,
  markExerciseDone,
  recordBest,
  saveDraft,
  updateProgress,
  type Draft,
} from '../../lib/progress.ts';

/** What was saved for one exercise: done once a thoughtful note was saved, and the best verdict. */
export interface SavedRecord {
  done: boolean;
  best?: Verdict | undefined;
}

/** A note's draft and, once graded, its verdict and score. */
export interface SaveRequest {
  text: string;
  to?: string;
  result?: { verdict: Verdict; score: number; unjudged: boolean } | undefined;
}

/**
 * The note coach's side of the progress store: reads the saved draft once, saves each draft as it
 * settles (with its verdict, for an exercise's best and completion), and says in words when
 * storage fails. The page's state never depends on a save succeeding.
 */
export function useSavedDraft(id: string, mode: 'exercise' | 'check') {
  const [record, setRecord] = useState<SavedRecord>({ done: false });
  const [loadProblem, setLoadProblem] = useState('');
  const [saveProblem, setSaveProblem] = useState('');
  const lastSaved = useRef('');
  const best = useRef<SavedRecord>({ done: false });

  const keyOf = (draft: { text: string; to?: string }) => JSON.stringify([draft.text, draft.to ?? '']);

  /** Reads progress; returns the saved draft, if any. */
  const load = (): Draft | undefined => {
    const loaded = loadProgress();
    if (loaded.problem) setLoadProblem(PROBLEM_MESSAGES[loaded.problem]);
    best.current = { done: Boolean(loaded.progress.exercises[id]), best: loaded.progress.bests?.[id]?.verdict };
    setRecord(best.current);
    const draft = loaded.progress.drafts?.[id];
    lastSaved.current = draft ? keyOf(draft) : keyOf({ text: '' });
    return draft;
  };

  /** Treats `draft` as saved already, e.g. a note opened from a link, which is saved only once edited. */
  const assumeSaved = (draft: { text: string; to?: string }) => {
    lastSaved.current = keyOf(draft);
  };

  /** Saves the draft when it changed, or when its verdict beats the best so far. */
  const save = ({ text, to, result }: SaveRequest) => {
    const scored = mode === 'exercise' && result && !result.unjudged ? result : undefined;
    const was = best.current;
    const better =
      scored !== undefined &&
      (scored.verdict === 'thoughtful'
        ? !was.done
        : was.best === undefined || VERDICT_RANK[scored.verdict] > VERDICT_RANK[was.best]);
    if (keyOf({ text, ...(to ? { to } : {}) }) === lastSaved.current && !better) return;
    lastSaved.current = keyOf({ text, ...(to ? { to } : {}) });
    const saved = updateProgress((progress) => {
      let next = saveDraft(progress, id, { text, ...(to ? { to } : {}) });
      if (scored) next = recordBest(next, id, scored);
      if (scored?.verdict === 'thoughtful') next = markExerciseDone(next, id, scored.score);
      return next;
    });
    best.current = { done: Boolean(saved.progress.exercises[id]), best: saved.progress.bests?.[id]?.verdict };
    setRecord(best.current);
    const message = saved.problem ? PROBLEM_MESSAGES[saved.problem] : '';
    setSaveProblem(message === loadProblem ? '' : message);
  };

  return { record, problem: saveProblem || loadProblem, load, save, assumeSaved };
}
