/**
 * The checker's shareable link, `/check/#note=<text>&to=<name>`: reading it from a location hash
 * and writing it. The part after `#` never reaches a server. Pure: no DOM.
 */

/** What reading a `#note=` fragment gave: a note (and perhaps a name), nothing, or a message why not. */
export type FragmentResult =
  { kind: 'none' } | { kind: 'note'; note: string; name?: string } | { kind: 'error'; message: string };

/** Message shown when a shared link's note cannot be decoded. */
export const BROKEN_LINK_MESSAGE =
  'This link’s note could not be read: part of it was cut off or changed. Ask the sender to copy the link again, or paste the note below.';

/** Reads `#note=<text>&to=<name>` from a location hash; never throws, even on malformed % codes. */
export function readNoteFragment(hash: string): FragmentResult {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const fields = new Map<string, string>();
  for (const part of body.split('&')) {
    const eq = part.indexOf('=');
    if (eq > 0) fields.set(part.slice(0, eq), part.slice(eq + 1));
  }
  const rawNote = fields.get('note');
  if (rawNote === undefined) return { kind: 'none' };
  try {
    const note = decodeURIComponent(rawNote);
    const rawName = fields.get('to');
    const name = rawName === undefined ? '' : decodeURIComponent(rawName).trim().slice(0, 80);
    return name ? { kind: 'note', note, name } : { kind: 'note', note };
  } catch {
    return { kind: 'error', message: BROKEN_LINK_MESSAGE };
  }
}

/** A link to the checker that opens with `note` graded; the fragment never reaches a server. */
export function noteLink(checkerUrl: string, note: string, name = ''): string {
  const base = checkerUrl.split('#')[0] ?? checkerUrl;
  const to = name.trim() ? `&to=${encodeURIComponent(name.trim())}` : '';
  return `${base}#note=${encodeURIComponent(note)}${to}`;
}
