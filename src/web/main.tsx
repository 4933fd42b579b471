/** Starts the web app. */
import { QueryClientProvider } from '@tanstack/react-query';
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { queryClient } from './data/query-client.js';
import { SessionProvider } from './features/auth/SessionProvider.js';
import { pickLanguage } from './i18n/languages.js';
import { LanguageContext } from './i18n/useMessages.js';
import { onBeforeSignOut } from './lib/device-data.js';
import './styles/base.css';
import './styles/layout.css';
import './styles/forms.css';
import './styles/components.css';
import './styles/pages.css';
import './styles/practice.css';
import './styles/prescription.css';
import './styles/insights.css';
import './styles/journal.css';
import './styles/session.css';
import './styles/session-controls.css';
import './styles/starting-point.css';
import './styles/admin.css';
import './styles/care.css';
import './styles/exercises.css';
import './styles/questionnaires.css';
import './styles/lessons.css';
import './styles/pwa.css';
import './styles/skeleton.css';

// The worker registers after load anyway: its code and the update notice wait for their own chunk,
// outside the first page's JavaScript budget.
const UpdateNotice = lazy(() =>
  import('./features/pwa/UpdateNotice.js').then((module) => ({ default: module.UpdateNotice })),
);

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
const language = pickLanguage(navigator.languages);
document.documentElement.lang = language;

createRoot(root).render(
  <StrictMode>
    <LanguageContext.Provider value={language}>
      <QueryClientProvider client={queryClient}>
        <SessionProvider>
          <App />
        </SessionProvider>
      </QueryClientProvider>
      <Suspense fallback={null}>
        <UpdateNotice />
      </Suspense>
    </LanguageContext.Provider>
  </StrictMode>,
);
// Signing out tells the server to stop push messages to this browser (its code loads only then).
onBeforeSignOut(() =>
  import('./features/reminders/push-reminders.js').then((push) => push.forgetPushBeforeSignOut()),
);
// After the first load the shell (and the library's pictures) open with no network.
void import('./lib/service-worker.js').then((worker) => worker.registerServiceWorker());
