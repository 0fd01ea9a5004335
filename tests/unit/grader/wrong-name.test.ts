import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeNote } from '../../../src/lib/grader/grade-note.ts';
import { ResultSchema, type Scenario } from '../../../src/lib/grader/result-schema.ts';
import { marked } from './helpers.ts';

const root = resolve(import.meta.dirname, '../../..');

// Tried as a new user would: the old grader scored this note Thoughtful 100 with the recipient set to Sarah.
const TO_MARIA =
  'Hi Maria, great meeting you at Tuesday’s PyLadies night in Porto. I’d love to keep swapping notes on testing.';
const scenario: Scenario = { name: ['Sarah', 'Sarah Mendes'], context: ['PyLadies'], want: ['testing'] };

describe('a note that greets the wrong person', () => {
  it('is never thoughtful, is flagged wrong-name and says so first', () => {
    for (const options of [{ scenario }, { recipient: 'Sarah' }]) {
      const result = gradeNote(TO_MARIA, options);
      expect(result.verdict).toBe('needs-work');
      expect(result.flags).toContain('wrong-name');
      expect(result.summary).toMatch(/^Check the name first: you greet “Maria”, but you are writing to “Sarah/);
      expect(result.criteria[0]?.status).toBe('fail');
      // The summary quotes the name; the criterion names the fault without quoting it again.
      expect(result.criteria[0]?.message).not.toContain('“Maria”');
      expect(result.penalties[0]?.evidence).toEqual(['Maria']);
      expect(marked(TO_MARIA, result, 'problem')).toContain('Maria');
    }
  });

  it('is fine when the greeting uses any part of the name, or no name at all', () => {
    const right = TO_MARIA.replace('Maria', 'Sarah');
    expect(gradeNote(right, { recipient: 'Sarah Mendes' }).flags).not.toContain('wrong-name');
    expect(gradeNote(right.replace('Sarah', 'Ms Mendes'), { scenario }).flags).not.toContain('wrong-name');
    expect(gradeNote(right.replace('Hi Sarah, g', 'G'), { scenario }).flags).not.toContain('wrong-name');
    expect(gradeNote(TO_MARIA).flags).not.toContain('wrong-name');
  });

  it('is caught through the command line with a scenario', () => {
    const run = spawnSync(process.execPath, ['src/cli/grade.ts', '-'], {
      cwd: root,
      input: `${JSON.stringify({ text: TO_MARIA, limit: 300, scenario })}\n`,
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    const result = ResultSchema.parse(JSON.parse(run.stdout));
    expect(result.verdict).not.toBe('thoughtful');
    expect(result.flags).toContain('wrong-name');
  });
});
