/** `/account/security`: change the password, see the signed-in devices, sign out everywhere; staff see their second step. */
import { callApi } from '../../api/client.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { useQuery } from '../../hooks/useQuery.js';
import { useMessages } from '../../i18n/useMessages.js';
import { Link } from '../../router/Link.js';
import { PATHS } from '../../router/match-route.js';
import { useAccount } from '../auth/session-context.js';
import { ChangePassword } from './ChangePassword.js';
import { DeviceList } from './DeviceList.js';
import { securityMessages } from './messages.js';
import { SecondFactorSection } from './SecondFactorSection.js';
import { SignOutEverywhere } from './SignOutEverywhere.js';
import './security.css';

/** One section each: password, second step (staff), devices, signing out everywhere. */
export function SecurityPage() {
  const m = useMessages(securityMessages);
  const account = useAccount();
  const overview = useQuery('security', () => callApi('getSecurity'));
  return (
    <Page title={m.page.title} intro={<p>{m.page.intro}</p>}>
      <section className="card security-card" aria-labelledby="password-heading">
        <h2 id="password-heading">{m.password.heading}</h2>
        <ChangePassword email={account.email} onChanged={overview.reload} />
      </section>
      {overview.status === 'success' && overview.data.secondFactor ? (
        <section className="card security-card" aria-labelledby="factor-heading">
          <h2 id="factor-heading">{m.factor.heading}</h2>
          <SecondFactorSection status={overview.data.secondFactor} onChanged={overview.reload} />
        </section>
      ) : null}
      <section className="card security-card" aria-labelledby="devices-heading">
        <h2 id="devices-heading">{m.devices.heading}</h2>
        <p>{m.devices.intro}</p>
        {overview.status === 'loading' ? <Loading /> : null}
        {overview.status === 'error' ? (
          <ErrorMessage error={overview.error} onRetry={overview.reload} />
        ) : null}
        {overview.status === 'success' ? (
          <DeviceList
            devices={overview.data.devices}
            timeZone={account.timeZone}
            onChanged={overview.reload}
          />
        ) : null}
      </section>
      <section className="card security-card" aria-labelledby="everywhere-heading">
        <h2 id="everywhere-heading">{m.everywhere.heading}</h2>
        <SignOutEverywhere />
      </section>
      <p className="aside">
        <Link to={PATHS.account}>{m.page.back}</Link>
      </p>
    </Page>
  );
}
