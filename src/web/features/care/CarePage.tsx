/** The person's clinicians: since when, whether notes are shared, ending a link, and who looked. */
import { useState } from 'react';
import type { CareLink, CareLinkList } from '../../../contract/care.js';
import { callApi } from '../../api/client.js';
import { ConfirmStep } from '../../components/ConfirmStep.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { useAction } from '../../hooks/useAction.js';
import { useQuery } from '../../hooks/useQuery.js';
import { useFormatLocale, useMessages } from '../../i18n/useMessages.js';
import { Link } from '../../router/Link.js';
import { PATHS } from '../../router/match-route.js';
import { useAccount } from '../auth/session-context.js';
import { AccessLogSection } from './AccessLogSection.js';
import { VisitReportDownload } from '../report/VisitReportDownload.js';
import { formatDate } from './care-format.js';
import { careMessages } from './messages.js';

/** The clinicians page (`/account/care`). */
export function CarePage() {
  const m = useMessages(careMessages).care;
  const links = useQuery<CareLinkList>('my-clinicians', () => callApi('listMyClinicians'));
  const [ended, setEnded] = useState<string | null>(null);
  const { timeZone } = useAccount();
  return (
    <Page title={m.title} intro={<p>{m.intro}</p>}>
      <div role="status" className={ended ? 'notice notice--success' : 'visually-hidden'}>
        {ended ? <p>{m.ended(ended)}</p> : null}
      </div>
      {links.status === 'loading' ? <Loading /> : null}
      {links.status === 'error' ? <ErrorMessage error={links.error} onRetry={links.reload} /> : null}
      {links.status === 'success' && links.data.items.length === 0 ? <p>{m.none}</p> : null}
      {links.status === 'success'
        ? links.data.items.map((link) => (
            <ClinicianCard
              key={link.id}
              link={link}
              onEnded={() => {
                setEnded(link.clinician.name);
                links.reload();
                // The card is gone; start again from the page's heading, under which the news is read.
                document.querySelector<HTMLElement>('.page__title')?.focus();
              }}
            />
          ))
        : null}
      <VisitReportDownload owner={{ kind: 'me' }} timeZone={timeZone} />
      <section className="card" aria-labelledby="code-heading">
        <h2 id="code-heading">{m.codeHeading}</h2>
        <ul className="link-list">
          <li>
            <Link to={PATHS.joinByCode}>{m.codeLink}</Link>
          </li>
          <li>
            <Link to={PATHS.notes}>{m.notesLink}</Link>
          </li>
        </ul>
      </section>
      <AccessLogSection />
    </Page>
  );
}

function ClinicianCard({ link, onEnded }: { link: CareLink; onEnded: () => void }) {
  const m = useMessages(careMessages).care;
  const locale = useFormatLocale();
  const { timeZone } = useAccount();
  const [asking, setAsking] = useState(false);
  const end = useAction(async () => {
    await callApi('endMyCareLink', { params: { linkId: link.id } });
    onEnded();
  });
  const name = link.clinician.name;
  return (
    <section className="card" aria-labelledby={`clinician-${link.id}`}>
      <h2 id={`clinician-${link.id}`}>{name}</h2>
      <p className="break-anywhere">{link.clinician.email}</p>
      <p>{m.since(formatDate(link.since, timeZone, locale))}</p>
      <p>{link.sharesNotes ? m.notesShared : m.notesPrivate}</p>
      {asking ? (
        <ConfirmStep
          question={m.endQuestion(name)}
          details={<p>{m.endDetails(name)}</p>}
          confirmLabel={m.endConfirm}
          cancelLabel={m.endCancel}
          busy={end.pending}
          onConfirm={() => void end.run()}
          onCancel={() => setAsking(false)}
        >
          {end.error ? <ErrorMessage error={end.error} /> : null}
        </ConfirmStep>
      ) : (
        <button type="button" className="button button--danger-quiet" onClick={() => setAsking(true)}>
          {m.end}
        </button>
      )}
    </section>
  );
}
