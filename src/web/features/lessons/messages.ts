/** Words of the lesson pages, the home card and the lesson links (issue 14). */
import type { LessonReason } from '../../../core/lessons/catalog.js';

const minutes = (count: number) => (count === 1 ? '1 minute read' : `${count} minute read`);

/** Why a lesson is offered now, in kind words (nothing for the next one in order). */
const reasons: Record<LessonReason, string | null> = {
  next_in_order: null,
  after_flare: 'You marked a flare-up. This short read may help with the next few days.',
  nerve_descriptors: 'You noted pain that burns, tingles or shoots. This short read is about that kind of pain.',
  after_chest_pain_stop: 'You stopped a session because of chest pain. This short read says when to call for help.',
};

/** The messages of the lessons feature. */
export const lessonMessages = {
  en: {
    minutes,
    reasons,
    list: {
      title: 'Short reads',
      intro: 'Short lessons about pain and moving, written for Pacewise in plain words. Read them in any order, at your own pace. Nothing is tested.',
      offeredHeading: 'Suggested for you now',
      allHeading: 'All lessons',
      read: 'Read',
      notRead: 'Not read yet',
    },
    lesson: {
      sourcesHeading: 'Sources',
      notAdvice: 'This lesson is for learning. It does not replace advice from your own clinician.',
      markRead: 'I have read this',
      doneHeading: 'Thank you for reading',
      doneBody: 'You can come back to this lesson at any time.',
      alreadyRead: 'You have read this lesson before.',
      next: (title: string) => `Next: ${title}`,
      home: 'Back home',
      all: 'All lessons',
      notFound: 'We could not find that lesson.',
      flarePlan: 'Open my flare plan',
      emergencyHint: 'Your emergency number:',
    },
    card: {
      heading: 'A short read for you',
      open: 'Read it now',
      notNow: 'Not now',
      all: 'Short reads about pain and moving',
    },
    link: {
      label: (title: string) => `Read: ${title}`,
    },
  },
};
