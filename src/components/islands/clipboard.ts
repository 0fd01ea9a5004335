/**
 * Copying text in the browser: the Clipboard API where the page may use it, else the older
 * select-and-copy command on a throwaway text area. Resolves to false when neither worked, so
 * the caller can select the text and ask the learner to press Ctrl+C.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Denied or unsupported: fall through to the older way.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'visually-hidden';
  document.body.append(area);
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}

/** What to tell the learner when copying failed and the text is selected for them instead. */
export const COPY_BY_HAND =
  'Copying did not work in this browser. The text is selected: press Ctrl+C (or ⌘C on a Mac) to copy it.';
