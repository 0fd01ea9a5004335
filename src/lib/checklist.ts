/**
 * The course's short lists, written once: the formula the wrap-up teaches, the one-minute check
 * that "It looks lazy" teaches, today's limits and who gets a note. Lessons and the printable
 * checklist render these same items, so no two pages can teach different versions.
 */

/** One item of a list: a short lead in bold, then a sentence. */
export interface ChecklistItem {
  /** The few words a learner remembers, e.g. “Greeting and name”. */
  lead: string;
  /** One plain sentence that explains it. */
  detail: string;
}

/** The four parts of a good note, in the order they appear in one. */
export const FORMULA: readonly ChecklistItem[] = [
  { lead: 'Greeting and name', detail: 'Their name, spelled as on their profile, with any title they use.' },
  { lead: 'How you know them', detail: 'Where you met, what you share, or what of theirs you read or heard.' },
  { lead: 'Why you are connecting', detail: 'One honest sentence, tied to them.' },
  { lead: 'A friendly close', detail: 'Thanks or a kind word, and no big ask.' },
];

/** The questions to ask of a note before pressing Send. */
export const ONE_MINUTE_CHECK: readonly ChecklistItem[] = [
  { lead: 'Is their name right?', detail: 'Check it against their profile, with any accents and title they use.' },
  {
    lead: 'Would they know how you found them?',
    detail: 'One real detail: where you met, what you share, or what you read.',
  },
  { lead: 'Does it say why?', detail: 'One honest reason to connect.' },
  { lead: 'Does it ask for nothing big?', detail: 'No job, referral, call or sales pitch yet.' },
  {
    lead: 'Does it sound like you?',
    detail: 'Read it aloud. No typos, no empty slots such as “Hi [Name]”, nothing that could go to anyone.',
  },
  {
    lead: 'Does it fit?',
    detail: 'About 200 characters on a free account, 300 on Premium. Spaces and line breaks count.',
  },
];

/** Today's limits on notes, each hedged as the course's sources allow. */
export const LIMITS: readonly ChecklistItem[] = [
  {
    lead: 'Length',
    detail:
      'Plan for 200 characters on a free account: recent sources agree, though LinkedIn doesn’t publish the figure. Premium gets 300.',
  },
  {
    lead: 'Notes a month',
    detail:
      'LinkedIn’s help pages say a free account can add a note to five invitations a month; Premium has no such cap.',
  },
  {
    lead: 'Where the box is',
    detail:
      'Press Connect on their profile and choose “Add a note”; quick Connect buttons in lists often send no note. Buttons move, so look for it.',
  },
  {
    lead: 'Withdrawing',
    detail: 'Withdraw an invitation and you usually can’t invite that person again for up to three weeks.',
  },
];

/** Who should get one of a free account's few notes, most deserving first. */
export const WHO_GETS_A_NOTE: readonly ChecklistItem[] = [
  {
    lead: 'People who don’t know you',
    detail: 'Someone whose talk, post or work you know, but who has never met you.',
  },
  { lead: 'People you met briefly', detail: 'They may remember your face but not your name.' },
  {
    lead: 'People who could shape your next step',
    detail: 'A recruiter, hiring manager or someone in the field you are moving into.',
  },
  { lead: 'People someone suggested', detail: 'Name the person who suggested it, with their permission.' },
  {
    lead: 'Not: close friends and colleagues',
    detail: 'They know why you’re connecting. Invite without a note and message them once they accept.',
  },
  { lead: 'Not: people you only want to read', detail: 'Follow them instead: no note and no acceptance needed.' },
];
