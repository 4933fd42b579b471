/** Words of the history page. */
export const historyMessages = {
  en: {
    title: 'History',
    intro: 'Your last 30 days. Days without a check-in are simply left empty.',
    chartHeading: 'Pain over the last 30 days',
    legendMean: 'Average pain that day',
    legendFlare: 'Flare-up day',
    gapsNote: 'Gaps are days without a check-in.',
    summary: (s: {
      daysWithEntries: number;
      days: number;
      average: number | null;
      lowest: number | null;
      highest: number | null;
      flareDays: number;
    }) => {
      if (s.daysWithEntries === 0 || s.average === null)
        return `No check-ins in the last ${s.days} days yet.`;
      const days = s.daysWithEntries === 1 ? '1 day' : `${s.daysWithEntries} days`;
      const flares =
        s.flareDays === 0
          ? 'No flare-up days.'
          : s.flareDays === 1
            ? '1 flare-up day.'
            : `${s.flareDays} flare-up days.`;
      return `You checked in on ${days} of the last ${s.days}. Average pain on those days was ${s.average} out of 10 (lowest day ${s.lowest}, highest day ${s.highest}). ${flares}`;
    },
    table: {
      caption: 'Daily pain, newest day first',
      day: 'Day',
      average: 'Average',
      highest: 'Highest',
      entries: 'Check-ins',
      flare: 'Flare-up',
      noEntry: 'No check-in',
      flareYes: 'Yes',
      flareNo: 'No',
    },
    entriesHeading: 'Check-ins',
    empty: 'No check-ins in the last 30 days yet. Your first one takes a few seconds.',
    checkinNow: 'Check in now',
    entry: {
      pain: (n: number) => `Pain ${n} of 10`,
      flare: 'Flare-up',
      where: (list: string) => `Where: ${list}`,
      detail: (name: string, n: number) => `${name} ${n}`,
      edit: 'Edit',
      delete: 'Delete',
      editContext: (when: string) => ` check-in from ${when}`,
      deleted: 'The check-in was deleted.',
    },
  },
};
