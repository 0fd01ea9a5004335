/**
 * The note grader's public face. Only runtime code and types are exported here, so bundling this
 * file for the browser leaves zod out; import the schemas from `./result-schema.ts` where they are
 * needed (tests, the command line, content validation).
 */
export { gradeNote, type GradeOptions } from './grade-note.ts';
export { countCharacters } from './length.ts';
export { DEFAULT_NOTE_LIMIT, NOTE_LIMITS, isNoteLimit, type NoteLimit } from './limits.ts';
export type {
  Criterion,
  CriterionId,
  Flag,
  Highlight,
  Penalty,
  Result,
  Scenario,
  Status,
  Verdict,
} from './result-schema.ts';
