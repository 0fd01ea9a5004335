/** Heading levels the note coach may use, to fit the page it sits in. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** A heading element's name, `h2` to `h6`. */
export type HeadingTag = `h${HeadingLevel}`;
