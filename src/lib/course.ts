/** What the course needs to know of a lesson to order and link it. */
export interface LessonRef {
  id: string;
  data: { order: number; title: string };
}

/** Lessons in course order; ties (a content mistake) fall back to the id so order is stable. */
export function sortLessons<T extends LessonRef>(lessons: readonly T[]): T[] {
  return [...lessons].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** The lessons before and after `id` in an already sorted list. */
export function neighbours<T extends LessonRef>(sorted: readonly T[], id: string): { prev?: T; next?: T } {
  const i = sorted.findIndex((lesson) => lesson.id === id);
  if (i === -1) return {};
  const prev = sorted[i - 1];
  const next = sorted[i + 1];
  return { ...(prev ? { prev } : {}), ...(next ? { next } : {}) };
}

/** The href of a lesson, without the site’s base path. */
export function lessonPath(id: string): string {
  return `/lessons/${id}/`;
}
