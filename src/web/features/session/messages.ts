/**
 * Words of guided sessions and the quick activity log: plain, kind, never a score. The stop
 * signs and what to do follow CLINICAL.md §1 (clinical-sources.md §8.3), in our own words.
 */
import type {
  BreathPhase,
  Effort,
  Feedback,
  StopReason,
} from '../../../core/session-player/index.js';

const min = (n: number) => `${n} ${n === 1 ? 'minute' : 'minutes'}`;
const exercisesWord = (n: number) => `${n} ${n === 1 ? 'exercise' : 'exercises'}`;
const sideWords = { both: '', first: ' · first side', second: ' · other side' } as const;
const EMERGENCY = 'the emergency number';

export const sessionMessages = {
  en: {
    title: (slot: string) => `${slot} session`,
    slots: { morning: 'Morning', midday: 'Midday', evening: 'Evening' } as Record<string, string>,
    notFound: 'We could not find this session in your week. Your plan may have changed since.',
    backToPlan: 'Back to your week',
    progress: (n: number, total: number) => `Exercise ${n} of ${total}`,
    unknownExercise: 'An exercise from the library',
    before: {
      intro: 'Settle in. There is no rush, and you can pause or stop at any time.',
      painLegend: 'How much pain do you have right now?',
      low: 'no pain',
      high: 'worst pain you can imagine',
      inSession: (n: number, minutes: number) => `${exercisesWord(n)}, about ${min(minutes)}:`,
      start: 'Start the session',
      needPain: 'Please choose a number first. Any number is fine.',
    },
    intro: {
      getReady: 'Get into position. Press Begin when you are ready.',
      youNeed: (things: string) => `You need: ${things}.`,
      begin: 'Begin',
      howTo: 'How to do it',
      breathing: 'Breathing',
      feel: 'How it should feel',
      stopIf: 'When to stop',
      easierNow: 'Changed to an easier version.',
    },
    step: {
      ready: 'Get ready',
      startNow: 'Start now',
      hold: (round: number, rounds: number, side: 'both' | 'first' | 'second') =>
        `Hold ${round} of ${rounds}${sideWords[side]}`,
      holdHint: 'Breathe slowly. Stay where it feels like a gentle stretch.',
      rest: {
        hold: 'Rest before the next hold',
        side: 'Change sides',
        set: 'Rest before the next set',
      },
      imReady: 'I’m ready',
      next: (what: string) => `Next: ${what}`,
      timeLeft: 'Time left',
      set: (set: number, sets: number, side: 'both' | 'first' | 'second') =>
        `Set ${set} of ${sets}${sideWords[side]}`,
      count: (n: number, target: number) => `${n} of ${target}`,
      countRep: 'Count a rep',
      endSet: 'End this set',
      repMode: 'Counting',
      repModes: { tap: 'I tap each rep', paced: 'Pace me' },
      pacedHint: (hold: number) =>
        `Follow the counter: about 3 seconds up${hold > 0 ? `, hold ${hold} seconds` : ''} and 3 seconds down.`,
      tapHint: (hold: number) =>
        `Move slowly: about 3 seconds up${hold > 0 ? `, hold ${hold} seconds` : ''} and 3 seconds down. Tap after each rep.`,
      repParts: { up: 'Up', hold: 'Hold', down: 'Down' },
      rep: (n: number, target: number) => `Rep ${n} of ${target}`,
      talkTest: 'Keep an easy pace: you can talk in full sentences, but not sing.',
    },
    pacer: {
      heading: 'Breathing guide',
      phases: {
        in: 'Breathe in',
        holdIn: 'Hold',
        out: 'Breathe out',
        holdOut: 'Rest',
      } satisfies Record<BreathPhase, string>,
      counting: (second: number, seconds: number) => `${second} of ${seconds}`,
      rhythm: (inSeconds: number, outSeconds: number) =>
        `${inSeconds} seconds in, ${outSeconds} seconds out`,
      adjust: 'Change the rhythm',
      breathIn: 'Breath in',
      breathOut: 'Breath out',
      longer: (part: string) => `Longer ${part.toLowerCase()}`,
      shorter: (part: string) => `Shorter ${part.toLowerCase()}`,
      seconds: (n: number) => `${n} s`,
    },
    controls: {
      label: 'Session controls',
      pause: 'Pause',
      skip: 'Skip this one',
      endExercise: 'End this exercise',
      easier: 'Make it easier',
      restInstead: 'Rest instead',
      stop: 'Stop',
      stopLong: 'Stop — something feels wrong',
    },
    eased: {
      variant: (name: string) => `Changed to an easier version: ${name}.`,
      position: (name: string) => `Changed to a version you can do sitting or lying: ${name}.`,
      holdSeconds: (from: number, to: number) => `Hold for ${to} seconds instead of ${from}.`,
      holds: (from: number, to: number) =>
        `${to === 1 ? 'One hold' : `${to} holds`} instead of ${from}.`,
      sets: (from: number, to: number) => `${to === 1 ? 'One set' : `${to} sets`} instead of ${from}.`,
      reps: (from: number, to: number) => `${to} each time instead of ${from}.`,
      minutes: (from: number, to: number) =>
        `${to === 1 ? '1 minute' : `${to} minutes`} instead of ${from}.`,
      rest: 'Resting here is part of the plan. We keep it this gentle next time.',
      kept: 'We keep it this way next time.',
    },
    paused: {
      heading: 'Paused',
      body: 'Take all the time you need.',
      welcomeBack: 'Welcome back. Everything is where you left it.',
      resume: 'Carry on',
      end: 'End the session here',
      endHint: 'Ending here keeps what you have done so far.',
    },
    stop: {
      heading: 'What feels wrong?',
      intro: 'Stop moving and rest. Choose what fits best.',
      reasons: {
        pain_too_high: 'Pain that is too much, sharp or spreading',
        dizzy: 'Dizziness or feeling faint',
        chest_pain: 'Chest pain, pressure or tightness',
        breathless: 'Unusual breathlessness',
        palpitations: 'A racing or irregular heartbeat',
        one_sided_weakness: 'Weakness or numbness on one side',
        something_else: 'Something else',
      } satisfies Record<StopReason, string>,
      back: 'Back to the session',
      emergencyTitle: 'Call for help now',
      adviceTitle: 'What to do now',
      advice: {
        chest_pain: [
          `If the pain is severe, or does not ease within a few minutes of rest, call ${EMERGENCY} now.`,
          'Sit down and rest. If you can, ask someone to stay with you.',
        ],
        one_sided_weakness: [
          `Call ${EMERGENCY} now. Sudden weakness or numbness on one side can be a sign of a stroke.`,
          'Note the time it started, and do not carry on with the session.',
        ],
        pain_too_high: [
          'Stop this exercise and rest in a position that feels comfortable.',
          'Pain that settles within about half an hour is common and not a sign of harm. If it keeps getting worse, or spreads down an arm or leg with numbness or weakness, contact your doctor or physical therapist.',
        ],
        dizzy: [
          'Sit or lie down somewhere safe until it passes. Breathe slowly and sip some water.',
          'If it keeps coming back, or comes with any of the signs below, get medical help.',
        ],
        breathless: [
          'Stop and sit down. Breathe slowly, in through your nose and out through pursed lips.',
          'If it does not settle within a few minutes of rest, get medical help straight away.',
        ],
        palpitations: [
          'Stop and sit down until your heartbeat settles.',
          'If it does not settle with rest, or you also feel dizzy, breathless or have chest pain, get medical help straight away.',
        ],
        something_else: [
          'Stop and rest. Ending the session is always fine.',
          'If something does not feel right, tell your doctor or physical therapist about it.',
        ],
      } satisfies Record<StopReason, string[]>,
      signsTitle: 'Stop and get help if you notice any of these',
      signs: [
        [
          'Chest pain, pressure or tightness, or pain spreading to the neck, jaw, arm or back',
          `Stop. If it does not ease within a few minutes of rest, call ${EMERGENCY}.`,
        ],
        [
          'Breathlessness that is unusual or far more than the effort explains',
          'Stop and rest. If it does not settle, get medical help straight away.',
        ],
        [
          'Dizziness, light-headedness or feeling faint',
          'Stop and sit or lie down. If it keeps happening, see a doctor soon.',
        ],
        [
          'A racing, pounding or irregular heartbeat',
          'Stop and rest. If it does not settle, get medical advice.',
        ],
        [
          'Sudden weakness or numbness on one side, a drooping face, confusion or trouble speaking',
          `Call ${EMERGENCY} now.`,
        ],
      ] as const,
      end: 'End the session',
      carryOn: 'I feel fine now — back to the session',
      notADiagnosis: 'Pacewise cannot tell what is causing this. When in doubt, ask a doctor.',
    },
    feedback: {
      heading: 'That one is done',
      legend: 'How did it feel?',
      options: {
        too_easy: 'Too easy',
        right: 'About right',
        too_hard: 'Too hard',
      } satisfies Record<Feedback, string>,
      painLegend: 'Pain during this exercise (optional)',
      next: 'Next exercise',
      last: 'Go to the end',
    },
    end: {
      headings: {
        complete: 'You did it',
        stopped: 'Stopping was the right call',
        left: 'Ending here is fine',
      },
      intros: {
        complete: 'Every exercise is done. One last question.',
        stopped: 'Listening to your body is part of the practice. What you did still counts.',
        left: 'A shorter session still counts. Small, regular sessions add up.',
      },
      painLegend: 'How much pain do you have now?',
      painLegendOptional: 'How much pain do you have now? (optional)',
      needPain: 'Please choose a number. Any number is fine.',
      note: 'A note for yourself (optional)',
      noteHint: 'For example, what helped, or what to tell your physical therapist.',
      save: 'Save the session',
    },
    summary: {
      headings: {
        complete: 'Session done',
        stopped: 'A shorter session today',
        left: 'A shorter session today',
      },
      did: (done: number, easier: number) =>
        done + easier === 0
          ? 'You showed up today, and that matters.'
          : `You did ${exercisesWord(done + easier)}${easier > 0 ? `, ${easier} of them in an easier version` : ''}.`,
      skipped: (n: number) => `${exercisesWord(n)} left for another day.`,
      time: (minutes: number) => `Time spent: about ${min(minutes)}.`,
      pain: (before: number, after: number) => `Pain before: ${before}. Pain after: ${after}.`,
      partial: 'It is kept as a shorter session, marked as such. What you did still counts.',
      pacingLink: 'How your amounts change',
      planLink: 'Back to your week',
      again: 'Start this session again',
    },
    cues: {
      legend: 'Cues',
      sound: 'Beeps',
      voice: 'Spoken cues',
      say: {
        ready: 'Get ready',
        hold: 'Hold',
        rest: 'Rest',
        side: 'Change sides',
        reps: 'Begin the set',
        timed: 'Begin',
        feedback: 'Done. How was that?',
        allDone: 'All done. Well done.',
        secondsLeft: (n: number) => `${n} seconds left`,
        minutesLeft: (n: number) => `${min(n)} left`,
        rep: { up: 'Up', hold: 'Hold', down: 'Down' },
        breath: { in: 'In', holdIn: 'Hold', out: 'Out', holdOut: 'Rest' } satisfies Record<
          BreathPhase,
          string
        >,
      },
    },
    plan: {
      start: 'Start',
      resume: 'Resume',
      done: 'Done ✓',
      context: (slot: string, day: string) => ` the ${slot.toLowerCase()} session, ${day}`,
      named: (verb: string, slot: string) => `${verb} the ${slot.toLowerCase()} session`,
      dayContext: (day: string) => `, ${day}`,
      logActivity: 'Log a walk, a swim or another activity',
    },
    activity: {
      title: 'Log an activity',
      intro:
        'Did something away from the app, like a walk outside or a swim? Log it here so your pacing knows.',
      which: 'What did you do?',
      minutes: 'How many minutes?',
      minutesHint: 'A rough number is fine.',
      minutesError: 'Please give the minutes as a number from 1 to 600.',
      effort: 'How did it feel? Think of talking while you moved.',
      efforts: {
        easy: { label: 'Easy', hint: 'I could have sung' },
        right: { label: 'Comfortable', hint: 'I could talk in full sentences, but not sing' },
        hard: { label: 'Hard', hint: 'I could only say a few words at a time' },
      } satisfies Record<Effort, { label: string; hint: string }>,
      effortError: 'Please choose how it felt.',
      painBefore: 'Pain before',
      painBeforeFromCheckin: 'Filled in from your check-in today. Change it if it was different before you set off.',
      painAfter: 'Pain after',
      painError: 'Please choose a number. Any number is fine.',
      save: 'Save',
      savedHeading: 'Activity logged',
      another: 'Log another activity',
    },
    time: (ms: number) => {
      const total = Math.max(0, Math.ceil(ms / 1000));
      return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
    },
    timeWords: (ms: number) => {
      const total = Math.max(0, Math.ceil(ms / 1000));
      const m = Math.floor(total / 60);
      const s = total % 60;
      return [m > 0 ? min(m) : '', s > 0 || m === 0 ? `${s} ${s === 1 ? 'second' : 'seconds'}` : '']
        .filter(Boolean)
        .join(' ');
    },
  },
};

export type SessionWords = (typeof sessionMessages)['en'];
