/** The intake: resumes a saved draft, and shows what the answers mean once saved. */
import { useState } from 'react';
import { assessSafety } from '../../../core/safety.js';
import type { Profile } from '../../../contract/profile.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { useProfileAndDraft } from '../../hooks/useProfile.js';
import { useMessages } from '../../i18n/useMessages.js';
import { resumePoint } from './draft.js';
import { IntakeResult } from './IntakeResult.js';
import { IntakeWizard } from './IntakeWizard.js';
import { intakeMessages } from './messages.js';

/** The "Getting started" page. */
export function IntakePage() {
  const m = useMessages(intakeMessages);
  const query = useProfileAndDraft();
  const [finished, setFinished] = useState<Profile | null>(null);
  const start =
    query.status === 'success' ? resumePoint(query.data.profile, query.data.draft) : null;
  return (
    <Page title={m.title} intro={finished ? undefined : <p>{m.intro}</p>}>
      {query.status === 'loading' ? <Loading /> : null}
      {query.status === 'error' ? (
        <ErrorMessage error={query.error} onRetry={query.reload} />
      ) : null}
      {finished ? <IntakeResult outcome={assessSafety(finished.safety)} /> : null}
      {start && !finished ? (
        <IntakeWizard
          initialStep={start.step}
          initialAnswers={start.answers}
          onFinished={setFinished}
        />
      ) : null}
    </Page>
  );
}
