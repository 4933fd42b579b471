/** Starts the web app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { SessionProvider } from './features/auth/SessionProvider.js';
import { UpdateNotice } from './features/pwa/UpdateNotice.js';
import { pickLanguage } from './i18n/languages.js';
import { LanguageContext } from './i18n/useMessages.js';
import { registerServiceWorker } from './lib/service-worker.js';
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

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
const language = pickLanguage(navigator.languages);
document.documentElement.lang = language;

createRoot(root).render(
  <StrictMode>
    <LanguageContext.Provider value={language}>
      <SessionProvider>
        <App />
      </SessionProvider>
      <UpdateNotice />
    </LanguageContext.Provider>
  </StrictMode>,
);
// After the first load the shell (and the library's pictures) open with no network.
void registerServiceWorker();
