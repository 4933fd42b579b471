/**
 * The safety screen in our own calm words (CLINICAL.md §1): one plain question per item, a short
 * summary of each "yes", and what each outcome asks the person to do.
 */
import type { SafetyQuestionId } from '../../../core/safety.js';

export const safetyMessages = {
  en: {
    title: 'Safety questions',
    intro:
      'These questions check that gentle movement is safe for you right now. Please answer each one. A "yes" does not mean something is wrong; it tells us when to suggest seeing a clinician first.',
    questionsLegend: 'Safety questions',
    questions: {
      bladder_bowel_change:
        'Have you recently had new trouble passing urine, or controlling your bladder or bowels?',
      saddle_numbness: 'Do you have new numbness around your genitals, bottom or inner thighs?',
      both_legs_weakness: 'Do you have new weakness, numbness or pins and needles in both legs?',
      neck_dizziness_speech:
        'Along with neck pain, do you have dizziness, double vision, slurred speech or trouble swallowing?',
      chest_pain_rest: 'Do you have chest pain or pressure while you are resting?',
      progressive_weakness:
        'Is a leg or an arm getting weaker, or does a foot drag or slap when you walk?',
      cancer_or_weight_loss: 'Have you ever had cancer, or lost weight recently without trying?',
      fever_unwell: 'Do you have a fever or chills, or feel generally unwell, along with the pain?',
      recent_trauma: 'Have you had a fall, accident or injury since the pain began or changed?',
      hand_clumsiness_gait: 'Have your hands recently become clumsy, or your walking unsteady?',
      heart_condition:
        'Has a doctor told you that you have a heart condition or high blood pressure?',
      chest_pain_activity: 'Do you get chest pain when you are active?',
      dizzy_fainting:
        'In the last 12 months, have you lost your balance because of dizziness, or fainted?',
      supervised_only: 'Has a doctor told you to exercise only under medical supervision?',
    } satisfies Record<SafetyQuestionId, string>,
    summaries: {
      bladder_bowel_change: 'New trouble with your bladder or bowels',
      saddle_numbness: 'New numbness around the genitals, bottom or inner thighs',
      both_legs_weakness: 'New weakness, numbness or pins and needles in both legs',
      neck_dizziness_speech:
        'Neck pain with dizziness, double vision, slurred speech or trouble swallowing',
      chest_pain_rest: 'Chest pain or pressure at rest',
      progressive_weakness: 'A leg or arm getting weaker, or a foot that drags',
      cancer_or_weight_loss: 'A history of cancer, or weight loss without trying',
      fever_unwell: 'Fever, chills or feeling unwell with the pain',
      recent_trauma: 'A fall, accident or injury since the pain began or changed',
      hand_clumsiness_gait: 'Clumsy hands or unsteady walking that is new',
      heart_condition: 'A heart condition or high blood pressure',
      chest_pain_activity: 'Chest pain during activity',
      dizzy_fainting: 'Losing balance from dizziness, or fainting, in the last year',
      supervised_only: 'A doctor said to exercise only under supervision',
    } satisfies Record<SafetyQuestionId, string>,
    clearanceQuestion: 'Has a doctor or physical therapist cleared you to exercise?',
    clearanceHint:
      'Because of an answer above, we ask whether a clinician has already said exercise is fine for you.',
    answerNeeded: 'Please choose yes or no.',
    youToldUs: 'You told us about:',
    outcome: {
      refer_emergency: {
        title: 'Please get medical help now',
        body: [
          'Some of what you told us can be a sign of a problem that needs a doctor straight away.',
          'Please call your local emergency number (such as 112, 999 or 911) or go to the nearest emergency department now.',
          'Please do not start exercises with Pacewise until a doctor has seen you.',
        ],
      },
      refer_urgent: {
        title: 'Please see a doctor soon, before you start',
        body: [
          'Some of what you told us should be checked by a doctor before you begin new exercise.',
          'Please book an appointment in the next few days. It may help to show them the list below.',
          'If things get worse quickly, seek care straight away.',
        ],
      },
      clearance_needed: {
        title: 'Gentle breathing and stretching only, for now',
        body: [
          'Because of what you told us, please check with a doctor or physical therapist before doing more.',
          'Until a clinician clears you, keep to gentle breathing and gentle stretching.',
          'When a clinician has cleared you, change your answer in the safety questions.',
        ],
      },
      clear: {
        title: 'Thank you',
        body: ['Nothing in your answers needs a clinician first.'],
      },
    },
    review: 'Review your safety answers',
    page: {
      intro: 'Answer again whenever something changes. Your answers are saved with your profile.',
      save: 'Save answers',
      saving: 'Saving…',
      saved: 'Your safety answers are saved.',
      answerAll: 'Please answer the questions marked below.',
      noProfile:
        'Please finish the getting-started questions first. The safety questions are the last step.',
      startIntake: 'Go to getting started',
      home: 'Go to home',
    },
  },
};
