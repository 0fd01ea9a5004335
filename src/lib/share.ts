/** What each page shows in link previews: the text on its preview image and where that image lives. */
import { QUIZ_SIZE } from './quiz.ts';

/** The text on one page's preview image. */
export interface PreviewCard {
  /** The page's path without the base, e.g. `/lessons/rude/`. */
  path: string;
  /** Small line above the title: where in the site this is. */
  kicker: string;
  /** The big line: the page's title. */
  title: string;
  /** One line under the title: for a lesson, the reason it teaches. */
  subtitle: string;
}

/** The preview cards of every page that is not a lesson (lessons get theirs from their front matter). */
export const PAGE_CARDS: readonly PreviewCard[] = [
  {
    path: '/',
    kicker: 'A free, short course',
    title: 'Say why you want to connect',
    subtitle: 'Write a real note with your LinkedIn invitations.',
  },
  {
    path: '/lessons/',
    kicker: 'Add a Note · the course',
    title: 'All lessons',
    subtitle: 'Short lessons, a few minutes each.',
  },
  {
    path: '/reply/',
    kicker: 'Got a default request?',
    title: 'The reply kit',
    subtitle: 'Short, kind replies to a blank invitation.',
  },
  {
    path: '/checklist/',
    kicker: 'Add a Note · to print',
    title: 'The one-page checklist',
    subtitle: 'The formula, the one-minute check and today’s limits.',
  },
  {
    path: '/check/',
    kicker: 'Add a Note · practice',
    title: 'Check a note',
    subtitle: 'See how your note reads before you send it.',
  },
  {
    path: '/quiz/',
    kicker: 'Add a Note · practice',
    title: 'The final quiz',
    subtitle: `${QUIZ_SIZE} questions on the six reasons.`,
  },
  {
    path: '/complete/',
    kicker: 'Add a Note · the course',
    title: 'Your certificate',
    subtitle: 'Finish every exercise and pass the quiz.',
  },
  {
    path: '/about/',
    kicker: 'Add a Note',
    title: 'About this course',
    subtitle: 'Free, private, and nothing leaves your browser.',
  },
  { path: '/404/', kicker: 'Add a Note', title: 'Page not found', subtitle: 'Try the lessons or the home page.' },
];

/** The preview image's path (without base) for a page path, with or without the base in front. */
export function previewImagePath(pagePath: string, base = '/'): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const path = pagePath.startsWith(prefix) ? pagePath.slice(prefix.length - 1) : pagePath;
  const name = path.replace(/^\/+|\/+$/g, '').replace(/\.html$/, '');
  return `/og/${name === '' ? 'index' : name}.png`;
}
