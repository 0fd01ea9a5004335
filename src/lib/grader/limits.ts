/** The note limits LinkedIn applies: 200 characters on a free account, 300 on Premium. */
export const NOTE_LIMITS = [200, 300] as const;

/** One of the two note limits. */
export type NoteLimit = (typeof NOTE_LIMITS)[number];

/** The limit assumed when none is given: a free account's. */
export const DEFAULT_NOTE_LIMIT: NoteLimit = 200;

/** True when `value` is one of the two note limits. */
export function isNoteLimit(value: unknown): value is NoteLimit {
  return value === 200 || value === 300;
}
