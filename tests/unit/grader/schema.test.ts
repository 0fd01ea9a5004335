import { describe, expect, it } from 'vitest';
import { gradeNote } from '../../../src/lib/grader/grade-note.ts';
import {
  FLAG_DESCRIPTIONS,
  GradeOptionsSchema,
  ResultSchema,
  ScenarioSchema,
} from '../../../src/lib/grader/result-schema.ts';

const SAMPLES = [
  '',
  "I'd like to add you to my professional network on LinkedIn.",
  'Hi [Name], our platform helps teams hire 40% faster. Book a demo!',
  'Hallo Jonas, wir haben uns beim Meetup kennengelernt.',
  'Hi Lena, we met at the Berlin JS meetup last night. I’m rewriting our dashboard with signals and would love to follow your work. Thanks!',
  'x'.repeat(400),
];

describe('ResultSchema', () => {
  it.each(SAMPLES)('parses the result for %j', (text) => {
    const result = gradeNote(text);
    expect(ResultSchema.parse(result)).toEqual(result);
  });

  it('rejects a result whose highlights overlap', () => {
    const result = gradeNote('Hi Lena, we met at the Berlin JS meetup. Thanks!');
    const broken = { ...result, highlights: [...result.highlights, ...result.highlights] };
    expect(ResultSchema.safeParse(broken).success).toBe(false);
  });

  it('documents every flag a result can carry', () => {
    const flags = new Set(SAMPLES.flatMap((text) => gradeNote(text).flags));
    for (const flag of flags) expect(Object.keys(FLAG_DESCRIPTIONS)).toContain(flag);
  });

  it('validates options: 200 or 300, and a scenario with non-empty keyword lists', () => {
    expect(GradeOptionsSchema.safeParse({ limit: 300 }).success).toBe(true);
    expect(GradeOptionsSchema.safeParse({ limit: 250 }).success).toBe(false);
    expect(ScenarioSchema.safeParse({ name: ['Owen'], context: ['podcast'], want: ['research'] }).success).toBe(true);
    expect(ScenarioSchema.safeParse({ name: [], context: ['podcast'], want: ['research'] }).success).toBe(false);
    expect(ScenarioSchema.safeParse({ name: ['Owen'], context: [' '], want: ['research'] }).success).toBe(false);
  });
});
