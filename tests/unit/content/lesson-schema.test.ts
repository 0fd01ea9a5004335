import { describe, expect, it } from 'vitest';
import { LessonSchema } from '../../../src/lib/schemas/lesson-schema.ts';

const valid = {
  title: 'It’s impersonal',
  description: 'A stock line could go to anyone. See how one real detail makes an invitation personal.',
  order: 1,
  reason: 'impersonal',
  minutes: 4,
  takeaway: 'Name one real thing you share with the person.',
};

function issuesOf(data: unknown): string[] {
  const result = LessonSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('LessonSchema', () => {
  it('accepts a complete lesson', () => {
    expect(LessonSchema.parse(valid)).toEqual(valid);
  });

  it('accepts a lesson that teaches no single reason', () => {
    const { reason: _reason, ...overview } = valid;
    expect(LessonSchema.parse(overview).reason).toBeUndefined();
  });

  it.each([
    ['title', { title: '' }],
    ['description', { description: 'x'.repeat(161) }],
    ['description', { description: 'too short' }],
    ['order', { order: 1.5 }],
    ['order', { order: -1 }],
    ['reason', { reason: 'lazzy' }],
    ['minutes', { minutes: '4' }],
    ['takeaway', { takeaway: undefined }],
  ])('rejects a bad %s', (field, change) => {
    expect(issuesOf({ ...valid, ...change })).toContain(field);
  });

  it('rejects a misspelt field instead of ignoring it', () => {
    expect(issuesOf({ ...valid, minuts: 4 })).toEqual(['']);
  });

  it('says why a description is too long', () => {
    const result = LessonSchema.safeParse({ ...valid, description: 'x'.repeat(200) });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/160 characters/);
  });
});
