/** The installed app's catalog: the update notice and the worker's generic notification. */
export const pwaMessages = {
  en: {
    update: {
      ready: 'A new version is ready.',
      reload: 'Reload',
      later: 'Later',
      label: 'App update',
    },
    // Shown when a push message arrives that we cannot read: never a health detail.
    notification: {
      title: 'Pacewise',
      body: 'You have a reminder waiting in Pacewise.',
    },
  },
};
