import { useRef, useState } from 'preact/hooks';
import type { Result } from '../../lib/grader/result-schema.ts';
import type { Engine } from './use-coach-engine.ts';

/**
 * What changed at each pause in typing: the line the panel shows (“Now says why: +20, to 70 of
 * 100.”) and the words of the one polite live region, said once, never per keystroke.
 */
export function useChangeTracker() {
  const [change, setChange] = useState('');
  const [spoken, setSpoken] = useState('');
  const last = useRef<Result | undefined>(undefined);
  const quiet = useRef(false);
  return {
    change,
    spoken,
    /** Forgets the last verdict (a new note); `silently`: the next verdict is taken without a word (a restored note). */
    reset: (silently = false) => {
      last.current = undefined;
      quiet.current = silently;
      setChange('');
    },
    /** Takes the verdict at a pause (undefined for an empty box) and says what changed since the last one. */
    observe: (engine: Engine, result: Result | undefined) => {
      const previous = last.current;
      last.current = result;
      if (!result || quiet.current) {
        quiet.current = false;
        if (!result) setChange('');
        return;
      }
      setChange(engine.describeChange(previous, result));
      setSpoken(engine.announcement(previous, result));
    },
  };
}
