/** What a due reminder says on home's notice, its button's words, and where the button goes. */
import type { DueReminder } from '../../../contract/reminder.js';
import { PATHS, pathTo } from '../../router/match-route.js';
import type { reminderMessages } from './messages.js';

type NoticeWords = (typeof reminderMessages)['en']['notice'];

/** What a due reminder says, its button's words and where the button goes. */
export function describeDue(
  item: DueReminder,
  m: NoticeWords,
): { text: string; action: string; to: string } {
  switch (item.kind) {
    case 'checkin':
      return { text: m.checkin, action: m.checkinAction, to: PATHS.checkin };
    case 'session': {
      const slot = m.slots[item.slot] ?? item.slot;
      return {
        text: m.session(slot, item.minutes),
        action: m.sessionAction(slot),
        to: pathTo('session', { date: item.date, slot: item.slot }),
      };
    }
    case 'questionnaire':
      return { text: m.questionnaire, action: m.questionnaireAction, to: PATHS.questionnaire };
  }
}
