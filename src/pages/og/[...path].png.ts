import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { lessonPath, sortLessons } from '../../lib/course.ts';
import { renderPreviewImage } from '../../lib/og-image.ts';
import { REASON_LABELS } from '../../lib/reasons.ts';
import { PAGE_CARDS, previewImagePath, type PreviewCard } from '../../lib/share.ts';

/** One preview image per page: the fixed pages' cards plus one per lesson, with its title and reason. */
export const getStaticPaths = (async () => {
  const lessons = sortLessons(await getCollection('lessons'));
  const lessonCards: PreviewCard[] = lessons.map((lesson, index) => ({
    path: lessonPath(lesson.id),
    kicker: `Lesson ${index + 1} of ${lessons.length}${lesson.data.reason ? ` · Reason: ${REASON_LABELS[lesson.data.reason]}` : ''}`,
    title: lesson.data.title,
    subtitle: lesson.data.description,
  }));
  return [...PAGE_CARDS, ...lessonCards].map((card) => ({
    params: { path: previewImagePath(card.path).replace(/^\/og\/|\.png$/g, '') },
    props: { card },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: PreviewCard }> = async ({ props }) =>
  new Response(await renderPreviewImage(props.card), { headers: { 'Content-Type': 'image/png' } });
