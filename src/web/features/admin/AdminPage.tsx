/** The practice's administration: sign-in rule, staff, invitations and the audit export. */
import { callApi } from '../../api/client.js';
import { Page } from '../../components/Page.js';
import { useQuery } from '../../hooks/useQuery.js';
import { useMessages } from '../../i18n/useMessages.js';
import { useAccount } from '../auth/session-context.js';
import { AuditExport } from './AuditExport.js';
import { InviteClinician } from './InviteClinician.js';
import { adminMessages } from './messages.js';
import { SecondFactorSetting } from './SecondFactorSetting.js';
import { StaffSection } from './StaffSection.js';
import { ReportSettingsCard } from '../report/ReportSettingsCard.js';
import { Link } from '../../router/Link.js';
import { PATHS } from '../../router/match-route.js';
import { adminQuestionnaireMessages } from '../questionnaires/admin-messages.js';
import { AdminResetLink } from '../recovery/ResetLinkMaker.js';

/** The admin's page: one section each, the sign-in rule first so a relaxed rule is seen. */
export function AdminPage() {
  const m = useMessages(adminMessages);
  const account = useAccount();
  const staff = useQuery('admin:staff', () => callApi('listStaff'));
  return (
    <Page title={m.title} intro={<p>{m.intro}</p>}>
      <div className="admin-page">
        <SecondFactorSetting timeZone={account.timeZone} />
        <StaffSection state={staff} account={account} />
        <InviteClinician timeZone={account.timeZone} onInvited={staff.reload} />
        <AdminResetLink timeZone={account.timeZone} />
        <AuditExport timeZone={account.timeZone} />
        <ReportSettingsCard />
        <QuestionnairesCard />
      </div>
    </Page>
  );
}

/** The way to the licensed questionnaires page. */
function QuestionnairesCard() {
  const m = useMessages(adminQuestionnaireMessages);
  return (
    <section className="card" aria-labelledby="admin-questionnaires-heading">
      <h2 id="admin-questionnaires-heading">{m.title}</h2>
      <p>{m.linkBody}</p>
      <p><Link to={PATHS.adminQuestionnaires}>{m.link}</Link></p>
    </section>
  );
}
