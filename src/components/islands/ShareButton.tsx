import { useEffect, useRef, useState } from 'preact/hooks';
import { COPY_BY_HAND, copyText } from './clipboard.ts';

interface Props {
  /** The absolute URL to share. */
  url: string;
  /** The page's title, offered to the share sheet. */
  title: string;
  /** One line about the page, offered to the share sheet. */
  text: string;
}

/**
 * Shares the page through the device's share sheet (Web Share API) or, where there is none, copies
 * its link. Without JavaScript the link stays visible in a read-only field, ready to select.
 */
export default function ShareButton({ url, title, text }: Props) {
  const [hydrated, setHydrated] = useState(false);
  const [status, setStatus] = useState('');
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => setHydrated(true), []);

  async function share() {
    setStatus('');
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, text, url });
        setStatus('Thanks for sharing.');
        return;
      } catch (error) {
        // The learner closed the share sheet: nothing to say.
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    if (await copyText(url)) {
      setStatus('Link copied. Paste it anywhere you like.');
    } else {
      field.current?.select();
      setStatus(COPY_BY_HAND);
    }
  }

  return (
    <section class="share no-print" aria-labelledby="share-heading" data-hydrated={hydrated ? '' : undefined}>
      <h2 id="share-heading">Share this page</h2>
      <div class="share-row">
        <label class="visually-hidden" htmlFor="share-link">
          Link to this page
        </label>
        <input
          id="share-link"
          ref={field}
          type="url"
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" class="button" disabled={!hydrated} onClick={() => void share()}>
          Share
        </button>
      </div>
      <p role="status" class="share-status">
        {status}
      </p>
    </section>
  );
}
