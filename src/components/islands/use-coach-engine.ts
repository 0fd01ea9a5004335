import { useRef, useState } from 'preact/hooks';

/** The on-demand half of the note coach: the grader, the feedback model and the panel. */
export type Engine = typeof import('./coach-engine.ts');

/** Shown when the grader's file cannot be fetched, e.g. the learner went offline after the page loaded. */
export const GRADER_LOAD_FAILED = 'The checker could not load; your note is safe here — reload to try again.';

/** Where the engine is: not asked for, on its way, here, or failed (a later `load` tries again). */
export type EngineState = 'idle' | 'loading' | 'failed' | Engine;

/**
 * Fetches the engine once, on the learner's first move. `onReady` runs when it arrives, with the
 * engine, so a caller waiting on it need not wait for a render; `whenReady` fetches it if need be
 * and resolves to it (or rejects when it cannot be fetched).
 */
export function useCoachEngine(onReady: (engine: Engine) => void): {
  state: EngineState;
  load: () => void;
  whenReady: () => Promise<Engine>;
} {
  const [state, setState] = useState<EngineState>('idle');
  const fetching = useRef<Promise<Engine> | undefined>(undefined);
  const ready = useRef(onReady);
  ready.current = onReady;
  const whenReady = () => {
    if (fetching.current) return fetching.current;
    // After a failure the message stays up while the next try runs.
    setState((now) => (now === 'failed' ? now : 'loading'));
    const arriving = import('./coach-engine.ts');
    fetching.current = arriving;
    arriving.then(
      (engine) => {
        setState(engine);
        ready.current(engine);
      },
      () => {
        fetching.current = undefined;
        setState('failed');
      },
    );
    return arriving;
  };
  return { state, load: () => void whenReady().catch(() => undefined), whenReady };
}
