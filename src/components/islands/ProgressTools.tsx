import { useEffect, useRef, useState } from 'preact/hooks';
import { progressFileName, progressFileText, readProgressFile } from '../../lib/progress-file.ts';
import { PROBLEM_MESSAGES, clearProgress, emptyProgress, saveProgress, type Progress } from '../../lib/progress.ts';

interface Props {
  /** True once the course map has hydrated and read saved progress. */
  hydrated: boolean;
  /** The progress the map shows. */
  progress: Progress;
  /** Tells the map its progress changed (imported or reset). */
  onChange: (progress: Progress) => void;
}

/**
 * Export, import and reset of saved progress. Export downloads a small JSON file; import checks a
 * file before it replaces anything, so a wrong file changes nothing; reset asks first, in the page.
 */
export default function ProgressTools({ hydrated, progress, onChange }: Props) {
  const [status, setStatus] = useState<{ text: string; error?: boolean }>({ text: '' });
  const [confirming, setConfirming] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  const reset = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  // Focus follows the question: to Cancel when it opens, back to the reset button when it closes.
  useEffect(() => {
    if (confirming) cancel.current?.focus();
    else if (asked.current) reset.current?.focus();
    asked.current = confirming;
  }, [confirming]);

  function download() {
    const url = URL.createObjectURL(new Blob([progressFileText(progress)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = progressFileName();
    document.body.append(link);
    link.click();
    link.remove();
    // Give the browser a moment to start the download before the file's address is released.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setStatus({ text: `Downloaded ${link.download}. Keep it somewhere safe, or import it on another device.` });
  }

  async function importFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    const result = readProgressFile(await file.text(), file.size);
    input.value = '';
    if (!result.ok) {
      setStatus({ text: result.message, error: true });
      return;
    }
    const saved = saveProgress(result.progress);
    onChange(result.progress);
    const note = saved.ok ? '' : ` ${PROBLEM_MESSAGES[saved.problem]}`;
    setStatus({ text: `Progress imported from ${file.name}. The course map now shows it.${note}` });
  }

  function confirmReset() {
    clearProgress();
    onChange(emptyProgress());
    setConfirming(false);
    setStatus({ text: 'Your progress was reset. The course map starts fresh.' });
  }

  return (
    <section class="progress-tools card" aria-labelledby="progress-tools-heading">
      <h2 id="progress-tools-heading">Keep your progress</h2>
      <p>
        Your progress lives only in this browser. Download it as a small file to move it to another device or to keep it
        safe if you clear your browser’s data.
      </p>
      <div class="tool-row">
        <button type="button" class="button" disabled={!hydrated} onClick={download}>
          Download progress
        </button>
      </div>
      <div class="tool-row">
        <label htmlFor="progress-import">Import progress from a file</label>
        <input
          id="progress-import"
          type="file"
          accept=".json,application/json"
          disabled={!hydrated}
          aria-describedby="progress-import-hint"
          onChange={(event) => void importFile(event.currentTarget)}
        />
        <p id="progress-import-hint" class="meta">
          Importing replaces the progress in this browser with the file’s.
        </p>
      </div>
      <div class="tool-row">
        {confirming ? (
          <div class="confirm" role="group" aria-labelledby="reset-question">
            <p id="reset-question">
              <strong>Delete all your saved progress in this browser?</strong> Exercises, self-checks, quiz scores and
              your name go. Download your progress first if you may want it back.
            </p>
            <p class="button-row">
              <button type="button" class="button danger" onClick={confirmReset}>
                Yes, delete my progress
              </button>
              <button
                type="button"
                class="button secondary"
                ref={cancel}
                onClick={() => {
                  setConfirming(false);
                  setStatus({ text: 'Nothing was deleted.' });
                }}
              >
                Cancel
              </button>
            </p>
          </div>
        ) : (
          <button
            type="button"
            class="button secondary"
            ref={reset}
            disabled={!hydrated}
            onClick={() => {
              setStatus({ text: '' });
              setConfirming(true);
            }}
          >
            Reset progress…
          </button>
        )}
      </div>
      <p role="status" class={status.error ? 'problem' : undefined}>
        {status.error && <span aria-hidden="true">⚠ </span>}
        {status.text}
      </p>
    </section>
  );
}
