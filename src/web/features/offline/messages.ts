/** Words shown while the app works from what this device saved. */
export const offlineMessages = {
  en: {
    savedAt: (time: string) =>
      `You are offline — showing what this device saved at ${time}. It updates by itself when you are back online.`,
    saved: 'You are offline — showing what this device saved. It updates by itself when you are back online.',
  },
};
