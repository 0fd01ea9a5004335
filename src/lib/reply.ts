/** Adding and removing the course link in a reply the learner is editing. */

/** The line the reply kit adds when the learner wants the course link in their reply. */
export function courseLinkLine(url: string): string {
  return `If it helps, here’s a short free guide to adding a note: ${url}`;
}

/** The reply with `line` as its own last paragraph; unchanged when the line is already there. */
export function addLine(text: string, line: string): string {
  if (text.includes(line)) return text;
  const body = text.trimEnd();
  return body === '' ? line : `${body}\n\n${line}`;
}

/** The reply without `line` and the blank line before it; the learner's other edits stay as they are. */
export function removeLine(text: string, line: string): string {
  if (!text.includes(line)) return text;
  return text.split(line).join('').trimEnd();
}

/** The one-line profile note, with the link to the page that explains why. */
export function profileNote(url: string): string {
  return `Inviting me to connect? A line on how we know each other or why you’re writing helps me say yes. More: ${url}`;
}
