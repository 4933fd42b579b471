/** Words shared by the layout and the shared components. */
import type { PainArea } from '../../core/profile.js';

export const sharedMessages = {
  en: {
    appName: 'Pacewise',
    pageTitle: (title: string) => `${title} · Pacewise`,
    skipToContent: 'Skip to main content',
    mainNav: 'Main',
    nav: {
      home: 'Home',
      checkin: 'Check in',
      history: 'History',
      insights: 'Insights',
      plan: 'Plan',
      library: 'Library',
      account: 'Account',
      notes: 'Notes',
      caseload: 'Caseload',
      invitePatient: 'Invite a patient',
      programmes: 'Programmes',
      practice: 'Practice',
      signin: 'Sign in',
      signup: 'Create account',
    },
    footer: {
      disclaimer:
        'Pacewise helps you organise gentle movement and notice patterns. It does not replace a doctor or physical therapist.',
      stopSigns:
        'If you have chest pain, trouble breathing, or sudden weakness, stop and seek medical help.',
    },
    loading: 'Loading…',
    saving: 'Saving…',
    tryAgain: 'Try again',
    notFound: {
      title: 'Page not found',
      body: 'There is nothing at this address.',
      home: 'Go to the home page',
    },
    errors: {
      network_error: 'We could not reach Pacewise. Please check your connection and try again.',
      unexpected_response: 'Something went wrong on our side. Please try again in a moment.',
      internal: 'Something went wrong on our side. Please try again in a moment.',
      rate_limited: 'That was a lot of tries in a short time. Please wait a minute and try again.',
      unauthenticated: 'Please sign in again.',
      formSummary: 'Please check the highlighted answers.',
    },
    scale: {
      clear: 'Clear answer',
      clearContext: (legend: string) => ` (${legend})`,
      ends: (low: string, high: string) => `0 means ${low}; 10 means ${high}.`,
    },
    yes: 'Yes',
    no: 'No',
    painAreas: {
      neck: 'Neck',
      shoulder: 'Shoulders',
      upper_back: 'Upper back',
      lower_back: 'Lower back',
      hip: 'Hips',
      knee: 'Knees',
      ankle_foot: 'Ankles and feet',
      wrist_hand: 'Wrists and hands',
      elbow: 'Elbows',
      widespread: 'Pain all over (widespread)',
    } satisfies Record<PainArea, string>,
    bodyMap: {
      front: 'Front of the body',
      back: 'Back of the body',
      frontCaption: 'Front',
      backCaption: 'Back',
      instructions: 'Tap or press Space on each area that hurts. Tap again to unselect.',
      selected: (list: string) => `Selected: ${list}.`,
      noneSelected: 'Nothing selected yet.',
      selectedMark: '✓',
    },
    listJoin: (items: string[]) => new Intl.ListFormat('en', { type: 'conjunction' }).format(items),
  },
};
