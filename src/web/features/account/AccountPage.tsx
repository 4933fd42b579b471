/** The account page: details, answers, data downloads and import, sign-out, and deletion. */
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Page } from '../../components/Page.js';
import { useMessages } from '../../i18n/useMessages.js';
import { Link } from '../../router/Link.js';
import { PATHS } from '../../router/match-route.js';
import { useAccount } from '../auth/session-context.js';
import { useSignOut } from '../auth/useSignOut.js';
import { AccountDetailsForm } from './AccountDetailsForm.js';
import { DeleteAccount } from './DeleteAccount.js';
import { DataDownloads } from '../your-data/DataDownloads.js';
import { ImportData } from '../your-data/ImportData.js';
import { dataMessages } from '../your-data/messages.js';
import { accountMessages } from './messages.js';
import { reminderMessages } from '../reminders/messages.js';
import { recoveryMessages } from '../recovery/messages.js';

/** Everything about the person's account, one section each. */
export function AccountPage() {
  const m = useMessages(accountMessages);
  const d = useMessages(dataMessages);
  const r = useMessages(reminderMessages);
  const rc = useMessages(recoveryMessages).codes;
  const account = useAccount();
  const signOut = useSignOut(m.signOut.done);
  return (
    <Page title={m.title}>
      <section className="card" aria-labelledby="details-heading">
        <h2 id="details-heading">{m.details.heading}</h2>
        <AccountDetailsForm account={account} />
      </section>
      <section className="card" aria-labelledby="answers-heading">
        <h2 id="answers-heading">{m.answers.heading}</h2>
        <ul className="link-list">
          <li>
            <Link to={PATHS.intake}>{m.answers.intake}</Link>
          </li>
          <li>
            <Link to={PATHS.safety}>{m.answers.safety}</Link>
          </li>
        </ul>
      </section>
      <section className="card" aria-labelledby="care-heading">
        <h2 id="care-heading">{m.care.heading}</h2>
        <p>{m.care.body}</p>
        <ul className="link-list">
          <li>
            <Link to={PATHS.care}>{m.care.link}</Link>
          </li>
        </ul>
      </section>
      <section className="card" aria-labelledby="reminders-heading">
        <h2 id="reminders-heading">{r.title}</h2>
        <p>{r.accountBody}</p>
        <ul className="link-list">
          <li>
            <Link to={PATHS.reminders}>{r.accountLink}</Link>
          </li>
        </ul>
      </section>
      <section className="card" aria-labelledby="security-heading">
        <h2 id="security-heading">{m.security.heading}</h2>
        <ul className="link-list">
          <li>
            <Link to={PATHS.security}>{m.security.link}</Link>
          </li>
          {account.role === 'person' ? (
            <li>
              <Link to={PATHS.recoveryCodes}>{rc.renewTitle}</Link>
            </li>
          ) : null}
        </ul>
      </section>
      <section className="card" aria-labelledby="data-heading">
        <h2 id="data-heading">{m.data.heading}</h2>
        <p>{d.downloads.body}</p>
        <DataDownloads owner={{ kind: 'me' }} timeZone={account.timeZone} />
      </section>
      <section className="card" aria-labelledby="import-heading">
        <h2 id="import-heading">{d.importing.heading}</h2>
        <ImportData />
      </section>
      <section className="card" aria-labelledby="signout-heading">
        <h2 id="signout-heading">{m.signOut.heading}</h2>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void signOut.run()}
        >
          {m.signOut.button}
        </button>
        {signOut.error ? <ErrorMessage error={signOut.error} /> : null}
      </section>
      <section className="card card--danger" aria-labelledby="delete-heading">
        <h2 id="delete-heading">{m.remove.heading}</h2>
        <DeleteAccount />
      </section>
    </Page>
  );
}
