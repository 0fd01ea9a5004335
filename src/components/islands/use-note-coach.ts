import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { gradedPart, standing, type Standing } from '../../lib/exercise.ts';
import type { NoteLimit } from '../../lib/grader/limits.ts';
import type { Result, Scenario } from '../../lib/grader/result-schema.ts';
import type { FeedbackModel } from '../../lib/feedback.ts';
import type { Draft } from '../../lib/progress.ts';
import { GRADER_LOAD_FAILED, useCoachEngine, type Engine, type EngineState } from './use-coach-engine.ts';
import { useChangeTracker } from './use-change-tracker.ts';
import { useSavedDraft } from './use-saved-draft.ts';

/** How long typing must pause before the note is saved and what changed is said: never per keystroke. */
export const PAUSE_MS = 600;

/** What the note coach knows and can do; the island and its views render this. */
export interface NoteCoachState {
  hydrated: boolean;
  draft: string;
  name: string;
  limit: NoteLimit;
  engine: EngineState;
  /** The note as last graded, and the model of its feedback; undefined while the box is empty. */
  graded: string;
  model?: FeedbackModel | undefined;
  /** What changed at the last pause (“Now says why: +20, to 70 of 100.”), and what the live region says. */
  change: string;
  spoken: string;
  restored: boolean;
  /** The text “Undo” would bring back after “Start over”. */
  undo?: string | undefined;
  standing: Standing;
  problem: string;
  status: string;
  setStatus: (message: string) => void;
  onInput: (value: string) => void;
  onName: (value: string) => void;
  onLimit: (limit: NoteLimit) => void;
  /** Fetches the grader (on focus) and settles the note at once (on blur). */
  wake: () => void;
  /** The on-demand engine, fetched if need be (the checker's link is made there). */
  whenReady: () => Promise<Engine>;
  settleNow: () => void;
  startOver: () => void;
  undoStartOver: () => void;
}

/**
 * The note coach's state: the draft, grading on demand, what changed at each pause, and the saved
 * draft. Grading shows at most once a frame; saving and speaking wait for a pause in typing.
 */
export function useNoteCoach(mode: 'exercise' | 'check', id: string, scenario?: Scenario): NoteCoachState {
  const [hydrated, setHydrated] = useState(false);
  const [draft, setDraft] = useState('');
  const [graded, setGraded] = useState('');
  const [name, setName] = useState('');
  const [limit, setLimit] = useState<NoteLimit>(200);
  const [restored, setRestored] = useState(false);
  const [undo, setUndo] = useState<string | undefined>(undefined);
  const [status, setStatus] = useState('');
  const store = useSavedDraft(id, mode);
  const tracker = useChangeTracker();
  const latest = useRef({ draft, name, limit });
  latest.current = { draft, name, limit };
  const waiting = useRef(false);
  const dirty = useRef(false);
  const frame = useRef(0);
  const pause = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const engineRef = useRef<Engine | undefined>(undefined);

  const judge = (engine: Engine, text: string, at: NoteLimit, to: string): Result | undefined => {
    if (text.trim() === '') return undefined;
    const recipient = to.trim();
    const options = mode === 'check' ? { limit: at, ...(recipient ? { recipient } : {}) } : { limit: at, scenario };
    return engine.gradeNote(gradedPart(text), options);
  };

  /** After a pause: save the draft, then say what changed since the last verdict. */
  const settle = () => {
    clearTimeout(pause.current);
    dirty.current = false;
    const { draft: text, name: to, limit: at } = latest.current;
    const engine = engineRef.current;
    const result = engine ? judge(engine, text, at, to) : undefined;
    const unjudged = result?.flags.includes('not-english') ?? false;
    store.save({ text, to, result: result && { verdict: result.verdict, score: result.score, unjudged } });
    // With no grader yet there is nothing true to say: its arrival settles the note again.
    waiting.current = !engine && text.trim() !== '';
    if (engine) tracker.observe(engine, result);
  };

  const {
    state: engine,
    load,
    whenReady,
  } = useCoachEngine((arrived) => {
    engineRef.current = arrived;
    if (waiting.current) settle();
  });

  const soon = () => {
    dirty.current = true;
    clearTimeout(pause.current);
    pause.current = setTimeout(settle, PAUSE_MS);
  };

  const show = (text: string, to = latest.current.name) => {
    latest.current = { ...latest.current, draft: text, name: to };
    setDraft(text);
    setGraded(text);
    setName(to);
  };

  const restore = (saved: Draft) => {
    show(saved.text, saved.to ?? '');
    setRestored(true);
    setStatus('Your note from last time is back. It is saved in this browser as you type.');
    tracker.reset(true);
    load();
    settle();
  };

  /** Opens the note in a `#note=` link; the reader of links comes with the engine. */
  const openFromHash = (ready: Engine) => {
    const found = ready.readNoteFragment(location.hash);
    if (found.kind === 'error') setStatus(found.message);
    if (found.kind !== 'note') return;
    show(found.note, found.name ?? '');
    store.assumeSaved({ text: found.note, ...(found.name ? { to: found.name } : {}) });
    tracker.reset();
    setStatus('Showing the note from the link you opened.');
    soon();
  };
  const linked = () => /(?:^#|&)note=/.test(location.hash);
  const onHash = () => {
    if (linked()) whenReady().then(openFromHash, () => setStatus(GRADER_LOAD_FAILED));
  };

  useEffect(() => {
    setHydrated(true);
    const saved = store.load();
    if (mode === 'check' && linked()) onHash();
    else if (saved) restore(saved);
    const flush = () => {
      if (dirty.current) settle();
    };
    if (mode === 'check') addEventListener('hashchange', onHash);
    addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', flush);
    return () => {
      removeEventListener('hashchange', onHash);
      removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', flush);
      cancelAnimationFrame(frame.current);
      clearTimeout(pause.current);
    };
  }, []);

  const ready = typeof engine === 'object' ? engine : undefined;
  const result = useMemo(() => (ready ? judge(ready, graded, limit, name) : undefined), [ready, graded, limit, name]);
  const model = useMemo(
    () => (ready && result ? ready.buildFeedback(result, gradedPart(graded)) : undefined),
    [result],
  );
  const current = model ? (model.verdict === 'unjudged' ? 'unjudged' : model.verdict) : undefined;

  return {
    hydrated,
    draft,
    name,
    limit,
    engine,
    graded,
    model,
    change: tracker.change,
    spoken: tracker.spoken,
    restored,
    undo,
    standing: standing(store.record, current),
    problem: store.problem,
    status,
    setStatus,
    onInput: (value) => {
      load();
      latest.current = { ...latest.current, draft: value };
      setDraft(value);
      if (undo !== undefined) setUndo(undefined);
      // Grade at most once a frame: a long paste or fast typing never queues up work.
      cancelAnimationFrame(frame.current);
      frame.current = requestAnimationFrame(() => setGraded(value));
      soon();
    },
    onName: (value) => {
      latest.current = { ...latest.current, name: value };
      setName(value);
      if (latest.current.draft.trim()) load();
      soon();
    },
    onLimit: (next) => {
      latest.current = { ...latest.current, limit: next };
      setLimit(next);
      load();
      soon();
    },
    wake: load,
    whenReady,
    settleNow: () => {
      if (dirty.current) settle();
    },
    startOver: () => {
      setUndo(latest.current.draft);
      show('');
      setRestored(false);
      tracker.reset();
      settle();
      setStatus('Your note was cleared. Press “Undo” to bring it back.');
    },
    undoStartOver: () => {
      if (undo === undefined) return;
      setUndo(undefined);
      show(undo);
      load();
      settle();
      setStatus('Your note is back.');
    },
  };
}
