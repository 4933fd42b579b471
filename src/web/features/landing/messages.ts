/** Words of the signed-out landing page at `/`: what Pacewise is, and the ways in. */
export const landingMessages = {
  en: {
    title: 'Gentle movement that fits your body',
    lead: 'Pacewise gives you a plan of gentle movement for living with pain. It fits what your body can do, and it changes as you go.',
    actions: 'Get started',
    createAccount: 'Create an account',
    signIn: 'Sign in',
    featuresHeading: 'What Pacewise does',
    features: [
      {
        title: 'A plan that fits you',
        text: 'Tell us where it hurts, how you move and what you have at home. You get a week of short, gentle sessions, lying down, seated or standing.',
      },
      {
        title: 'It changes with you',
        text: 'A quick check-in tells Pacewise how you are. On a hard day the plan gets lighter; on good days it builds up slowly.',
      },
      {
        title: 'Guided sessions',
        text: 'Each exercise step by step, with a picture, a timer, how it should feel and when to stop.',
      },
      {
        title: 'Your physical therapist can guide you',
        text: 'If your practice uses Pacewise, your therapist can follow how you are doing and adjust your plan, once you agree to it.',
      },
    ],
    libraryHeading: 'A look at the library',
    libraryIntro: 'Every exercise has pictures and plain steps. You can look around without an account.',
    browseLibrary: 'Browse the exercise library',
    goodToKnowHeading: 'Good to know',
    notAClinician:
      'Pacewise does not replace a doctor or physical therapist. If your pain is new, much worse, or comes with other worries, please see one.',
    openSource: 'Pacewise is open-source software. It runs on your practice’s own server, and your information is kept there.',
  },
};
