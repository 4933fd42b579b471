/** Words the sync module shows: where a write stands, and what happened when it could not be made. */
export const syncMessages = {
  en: {
    status: {
      waiting: 'Waiting to send — saved on this device',
      sending: 'Sending…',
      saved: 'Saved',
      rejected: (reason: string) => `This could not be saved: ${reason}`,
      changed: 'Not sent: changed on another device',
      unknown: 'Saving…',
    },
    waitingCount: (n: number) => (n === 1 ? '1 change is waiting to send.' : `${n} changes are waiting to send.`),
    changed: {
      title: 'Your change was not sent',
      body: 'This check-in was changed on another device, so your change was not sent. Here is what is saved now.',
      deleteBody: 'This check-in was changed on another device, so it was not deleted. Here is what is saved now.',
      savedNow: 'Saved now',
      yourChange: 'Your change',
      applyAgain: 'Apply my change again',
      deleteAgain: 'Delete it anyway',
      keep: 'Keep what is saved',
      pain: (n: number) => `Pain ${n} out of 10`,
      notes: (text: string) => `Notes: ${text}`,
      noNotes: 'No notes',
    },
    rejected: {
      title: 'A change could not be saved',
      dismiss: 'OK',
    },
  },
} as const;
