import { useEffect, useState } from 'preact/hooks';
import { PROBLEM_MESSAGES, emptyProgress, loadProgress, type Progress } from '../../lib/progress.ts';

/** What an island knows of the learner's saved progress. */
export interface StoredProgress {
  /** False on the server and until the browser has read storage. */
  hydrated: boolean;
  /** The saved progress, or fresh progress until it has been read. */
  progress: Progress;
  /** A plain-language message when storage could not be read or written, else ''. */
  problem: string;
  /** Replaces the progress shown, e.g. after an import or a save. */
  setProgress: (progress: Progress) => void;
  /** Sets or clears the storage message. */
  setProblem: (message: string) => void;
}

/**
 * Reads saved progress once the island is in the browser. The server has no saved progress, so
 * the first render is fresh progress with a fixed date, which the browser's first render matches.
 */
export function useStoredProgress(): StoredProgress {
  const [hydrated, setHydrated] = useState(false);
  const [progress, setProgress] = useState<Progress>(() => emptyProgress(new Date(0)));
  const [problem, setProblem] = useState('');
  useEffect(() => {
    const loaded = loadProgress();
    setProgress(loaded.progress);
    if (loaded.problem) setProblem(PROBLEM_MESSAGES[loaded.problem]);
    setHydrated(true);
  }, []);
  return { hydrated, progress, problem, setProgress, setProblem };
}
