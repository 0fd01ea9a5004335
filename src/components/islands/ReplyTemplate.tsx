import { useEffect, useRef, useState } from 'preact/hooks';
import { addLine, removeLine } from '../../lib/reply.ts';
import { COPY_BY_HAND, copyText } from './clipboard.ts';

interface Props {
  /** The reply's id, used for element ids and the `data-reply-template` hook. */
  id: string;
  /** The heading, e.g. “A recruiter”. */
  title: string;
  /** When this reply fits. */
  situation?: string;
  /** The reply as written. */
  text: string;
  /** The course-link line the checkbox adds; absent for the profile note, which always carries its link. */
  linkLine?: string;
}

/**
 * One reply of the reply kit: an editable text, an option to add the course link and a copy button.
 * The server renders the text in a plain text area, so without JavaScript it can still be edited,
 * selected and copied by hand.
 */
export default function ReplyTemplate({ id, title, situation, text, linkLine }: Props) {
  const [hydrated, setHydrated] = useState(false);
  const [value, setValue] = useState(text);
  const [withLink, setWithLink] = useState(false);
  const [status, setStatus] = useState('');
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => setHydrated(true), []);

  function toggleLink(checked: boolean) {
    if (!linkLine) return;
    setWithLink(checked);
    setValue((current) => (checked ? addLine(current, linkLine) : removeLine(current, linkLine)));
    setStatus('');
  }

  async function copy() {
    setStatus('');
    if (await copyText(value)) {
      setStatus('Copied. Paste it into your message on LinkedIn.');
    } else {
      area.current?.focus();
      area.current?.select();
      setStatus(COPY_BY_HAND);
    }
  }

  const rootHook = linkLine ? { 'data-reply-template': id } : { 'data-profile-note': '' };
  return (
    <div class="reply card" {...rootHook} data-hydrated={hydrated ? '' : undefined}>
      <h3>{title}</h3>
      {situation && <p class="meta">{situation}</p>}
      <label htmlFor={`${id}-text`}>{linkLine ? `Your reply to ${title.toLowerCase()}` : 'Your profile note'}</label>
      <textarea
        id={`${id}-text`}
        ref={area}
        rows={linkLine ? 7 : 2}
        value={value}
        onInput={(event) => setValue(event.currentTarget.value)}
      />
      <div class="reply-actions">
        {linkLine && (
          <label class="reply-link">
            <input
              type="checkbox"
              checked={withLink}
              disabled={!hydrated}
              onChange={(event) => toggleLink(event.currentTarget.checked)}
            />
            Add the link to this course
          </label>
        )}
        <button type="button" class="button" disabled={!hydrated} onClick={() => void copy()}>
          Copy
          <span class="visually-hidden">{linkLine ? ` the reply to ${title.toLowerCase()}` : ' the profile note'}</span>
        </button>
      </div>
      {!hydrated && <p class="meta">The copy button needs JavaScript. You can still select the text and copy it.</p>}
      <p role="status" class="reply-status">
        {status}
      </p>
    </div>
  );
}
