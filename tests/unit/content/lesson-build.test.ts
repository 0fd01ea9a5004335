import { afterAll, describe, expect, it } from 'vitest';
import { createSyncFixture } from '../helpers/astro-sync.ts';

const fixture = createSyncFixture('add-a-note-content-');
afterAll(() => fixture.remove());

/** Syncs the real content configuration with one lesson whose front matter is `frontMatter`. */
const syncWithLesson = (frontMatter: string) =>
  fixture.sync({ 'lessons/broken-lesson.mdx': `---\n${frontMatter}\n---\n\nSome text.\n` });

const good = [
  'title: "A fine lesson"',
  'description: "A description that is long enough to pass the schema."',
  'order: 3',
  'minutes: 4',
  'takeaway: "Something worth remembering."',
];

describe('lesson front matter at build time', () => {
  it('fails the build naming the file and the field', { timeout: 60_000 }, () => {
    const { status, output } = syncWithLesson([...good.slice(0, 3), 'reason: lazzy', ...good.slice(3)].join('\n'));
    expect(status).not.toBe(0);
    expect(output).toContain('broken-lesson.mdx');
    expect(output).toMatch(/reason: Invalid option/);
  });

  it('passes with valid front matter (so the failure above is about the field)', { timeout: 60_000 }, () => {
    const { status, output } = syncWithLesson(good.join('\n'));
    expect(output).not.toContain('does not match collection schema');
    expect(status).toBe(0);
  });
});
