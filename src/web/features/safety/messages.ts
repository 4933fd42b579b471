/**
 * The safety screen in our own calm words (CLINICAL.md §1): one plain question per item, a short
 * summary of each "yes", and what each outcome asks the person to do.
 */
import type { RedFlagStop, ReviewReason } from '../../../core/safety-review.js';
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
        'Is a leg or an arm getting weaker, or has a foot started to drag or slap when you walk?',
      cancer_or_weight_loss:
        'Do you have cancer now, has it come back, or are you being treated for it? Or have you lost weight recently without trying?',
      fever_unwell: 'Do you have a fever or chills, or feel generally unwell, along with the pain?',
      recent_trauma:
        'Since the pain began or last changed, have you had a fall, accident or injury that a doctor has not checked?',
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
      progressive_weakness: 'A leg or arm getting weaker, or a foot that has started to drag',
      cancer_or_weight_loss: 'Cancer now, come back or being treated, or weight loss without trying',
      fever_unwell: 'Fever, chills or feeling unwell with the pain',
      recent_trauma: 'A fall, accident or injury since the pain began or changed, not yet checked',
      hand_clumsiness_gait: 'Clumsy hands or unsteady walking that is new',
      heart_condition: 'A heart condition or high blood pressure',
      chest_pain_activity: 'Chest pain during activity',
      dizzy_fainting: 'Losing balance from dizziness, or fainting, in the last year',
      supervised_only: 'A doctor said to exercise only under supervision',
    } satisfies Record<SafetyQuestionId, string>,
    clearanceQuestion:
      'About what you answered "yes" to: has a doctor or physical therapist seen you and said exercise is fine for you?',
    clearanceHint:
      'If they have, we open your plan. If not, that is fine: we will tell you what to do next.',
    clearedOnLabel: 'On which day did they say so?',
    clearedOnHint: 'An approximate day is fine. We keep it with your answers.',
    clearedOnNeeded: 'Please enter the day, such as the day of the appointment.',
    answerNeeded: 'Please choose yes or no.',
    youToldUs: 'You told us about:',
    outcome: {
      refer_emergency: {
        title: 'Please get medical help now',
        body: [
          'Some of what you told us can be a sign of a problem that needs a doctor straight away.',
          'Please call the emergency number now, or go to the nearest emergency department.',
          'Please do not start exercises with Pacewise until a doctor has seen you.',
        ],
      },
      refer_urgent: {
        title: 'Please see a doctor soon, before you start',
        body: [
          'Some of what you told us should be checked by a doctor before you begin new exercise.',
          'Please book an appointment in the next few days. It may help to show them the list below.',
          'After you have seen them, come back to the safety questions. If the problem has gone, answer them again. If the doctor says exercise is fine, answer "yes" to the last question and give the day. Then Pacewise can make your plan.',
          'If things get worse quickly, call the emergency number.',
        ],
      },
      clearance_needed: {
        title: 'Gentle breathing and stretching only, for now',
        body: [
          'Because of what you told us, please check with a doctor or physical therapist before doing more.',
          'Until a clinician clears you, keep to gentle breathing and gentle stretching.',
          'When a clinician has cleared you, change your answer in the safety questions and give the day.',
        ],
      },
      clear: {
        title: 'Thank you',
        body: ['Nothing in your answers needs a clinician first.'],
      },
    },
    review: 'Review your safety answers',
    call: (number: string) => `Call ${number}`,
    callHint: 'Tap to call from this phone.',
    hold: {
      title: 'Gentle breathing and stretching only, for now',
      body: (reason: string) =>
        `You stopped a session because of ${reason}. Until you answer the safety questions again, your plan keeps to gentle breathing and stretching.`,
      afterGoAhead:
        "Your clinician's earlier go-ahead was given before this stop, so we ask about it again. If a doctor has seen you since, give the day of their go-ahead.",
    },
    stopReasons: {
      chest_pain: 'chest pain',
      breathless: 'unusual breathlessness',
      dizzy: 'dizziness',
      palpitations: 'a racing or irregular heartbeat',
      one_sided_weakness: 'weakness or numbness on one side',
    } satisfies Record<RedFlagStop, string>,
    emergency: {
      title: 'If you still feel unwell, call for help now',
      body: (reason: string) =>
        `You stopped a session because of ${reason}. If it has not gone, or it comes back, call the emergency number now.`,
      after: 'When you feel well again, please answer the safety questions again before your next session.',
    },
    reviewCard: {
      title: 'Please answer the safety questions again',
      intro: 'It takes about a minute, and it helps keep your plan right for you.',
      reasons: {
        stop_sign: 'You stopped a session with a sign to stop exercising.',
        something_new: 'You told us about something new in a check-in.',
        new_pain_area: 'You noted pain in a new place.',
        three_months: 'It has been 3 months since you last answered them.',
      } satisfies Record<ReviewReason, string>,
      action: 'Answer the safety questions',
    },
    page: {
      intro: 'Answer again whenever something changes. Your answers are saved with your profile.',
      whyNow: 'We are asking again because:',
      afterCheckin: 'Thank you for your check-in. Because you told us about something new, please answer these questions now.',
      save: 'Save answers',
      saving: 'Saving…',
      saved: 'Your safety answers are saved.',
      notSavedYet: 'Your answers are not saved yet. What they mean matters now, so here it is:',
      answerAll: 'Please answer the questions marked below.',
      noProfile:
        'Please finish the getting-started questions first. The safety questions are the last step.',
      startIntake: 'Go to getting started',
      home: 'Go to home',
    },
  },
};
