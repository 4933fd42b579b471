/** The app: who is signed in decides which pages can be shown; the path decides which one. */
import { lazy, Suspense, useEffect } from 'react';
import type { Account } from '../contract/account.js';
import { ApiError } from './api/api-error.js';
import { AccountPage } from './features/account/AccountPage.js';
import { useSession } from './features/auth/session-context.js';
import { SignInPage } from './features/auth/SignInPage.js';
import { SignUpPage } from './features/auth/SignUpPage.js';
import { CheckinPage } from './features/checkin/CheckinPage.js';
import { EditCheckinPage } from './features/checkin/EditCheckinPage.js';
import { HomePage } from './features/home/HomePage.js';
import { EditFlarePlanPage } from './features/flare-plan/EditFlarePlanPage.js';
import { FlarePlanPage } from './features/flare-plan/FlarePlanPage.js';
import { IntakePage } from './features/intake/IntakePage.js';
import { ExercisePage } from './features/library/ExercisePage.js';
import { LibraryPage } from './features/library/LibraryPage.js';
import { PacingPage } from './features/pacing/PacingPage.js';
import { AdminPage } from './features/admin/AdminPage.js';
import { AdminQuestionnairesPage } from './features/questionnaires/AdminQuestionnairesPage.js';
import { QuestionnairePage } from './features/questionnaires/QuestionnairePage.js';
import { CarePage } from './features/care/CarePage.js';
import { InvitePatientPage } from './features/care/InvitePatientPage.js';
import { JoinPage } from './features/care/JoinPage.js';
import { NotesPage } from './features/care/NotesPage.js';
import { CaseloadPage } from './features/practice/CaseloadPage.js';
import { PatientPage } from './features/practice/PatientPage.js';
import { ExercisesPage } from './features/exercises/ExercisesPage.js';
import { ExerciseEditorPage } from './features/exercises/ExerciseEditorPage.js';
import { ProgrammesPage } from './features/programmes/ProgrammesPage.js';
import { SecondFactorPage } from './features/security/SecondFactorPage.js';
import { SecurityPage } from './features/security/SecurityPage.js';
import { WelcomePage } from './features/security/WelcomePage.js';
import { PlanPage } from './features/plan/PlanPage.js';
import { RemindersPage } from './features/reminders/RemindersPage.js';
import { SafetyPage } from './features/safety/SafetyPage.js';
import { LogActivityPage } from './features/session/LogActivityPage.js';
import { StartingPointPage } from './features/starting-point/StartingPointPage.js';
import { OutboxSync } from './features/session/OutboxSync.js';
import { SessionPage } from './features/session/SessionPage.js';
import { ErrorMessage } from './components/ErrorMessage.js';
import { Layout } from './components/Layout.js';
import { Loading } from './components/Loading.js';
import { NotFoundPage } from './components/NotFoundPage.js';
import { navigate } from './router/history.js';
import { PATHS, type RouteMatch } from './router/match-route.js';
import { useLocation, useRoute } from './router/useLocation.js';

// The chart library is only needed on the history, insights and plan-growth pages: load it when they open.
const HistoryPage = lazy(() =>
  import('./features/history/HistoryPage.js').then((module) => ({ default: module.HistoryPage })),
);
const InsightsPage = lazy(() =>
  import('./features/insights/InsightsPage.js').then((module) => ({
    default: module.InsightsPage,
  })),
);

const OutcomesPage = lazy(() =>
  import('./features/questionnaires/OutcomesPage.js').then((module) => ({ default: module.OutcomesPage })),
);

// The lessons' words are a chunk of their own, loaded when a lesson page (or the home card) needs them.
const LessonsPage = lazy(() =>
  import('./features/lessons/LessonsPage.js').then((module) => ({ default: module.LessonsPage })),
);
const LessonPage = lazy(() =>
  import('./features/lessons/LessonPage.js').then((module) => ({ default: module.LessonPage })),
);

const GrowthPage = lazy(() =>
  import('./features/growth/GrowthPage.js').then((module) => ({ default: module.GrowthPage })),
);

/** Pages for signed-out people only (signed-in people go home). */
const PUBLIC_PAGES = new Set<RouteMatch['name']>(['signin', 'signup']);
/** Pages for everyone, signed in or not. */
const OPEN_PAGES = new Set<RouteMatch['name']>(['library', 'exercise', 'welcome']);
/** Pages open to a clinician or admin who has given the password but not the second factor yet. */
const SECOND_FACTOR_PAGES = new Set<RouteMatch['name']>(['secondFactor', 'welcome']);

/** The whole app inside its layout. */
export function App() {
  const { session, refresh } = useSession();
  const location = useLocation();
  const route = useRoute();
  if (session.status === 'loading') {
    return (
      <Layout signedIn={false} showNav={false}>
        <Loading />
      </Layout>
    );
  }
  if (session.status === 'error') {
    return (
      <Layout signedIn={false} showNav={false}>
        <ErrorMessage error={new ApiError(0, 'network_error', '')} onRetry={refresh} />
      </Layout>
    );
  }
  const account = session.status === 'signedIn' ? session.account : null;
  const signInComplete = account !== null && !needsSecondFactor(account);
  return (
    <Layout signedIn={account !== null} role={signInComplete ? account.role : undefined} showNav={account === null || signInComplete}>
      {signInComplete ? <OutboxSync userId={account.id} /> : null}
      <PageFor
        key={location.pathname}
        route={route}
        account={account}
        here={location.pathname + location.search}
      />
    </Layout>
  );
}

/** True while a clinician or admin has signed in with the password only. */
function needsSecondFactor(account: Account): boolean {
  return account.secondFactor === 'setup_needed' || account.secondFactor === 'code_needed';
}

/** Where a role starts: a person at their day, a clinician at the caseload, an admin at the practice. */
const START_OF_ROLE = { person: null, clinician: PATHS.caseload, admin: PATHS.admin } as const;

function PageFor({
  route,
  account,
  here,
}: {
  route: RouteMatch | null;
  account: Account | null;
  here: string;
}) {
  const signedIn = account !== null;
  if (!route) return <NotFoundPage />;
  if (account && needsSecondFactor(account) && !SECOND_FACTOR_PAGES.has(route.name)) {
    return <Redirect to={PATHS.secondFactor} />;
  }
  const start = account ? START_OF_ROLE[account.role] : null;
  if (route.name === 'home' && start) return <Redirect to={start} />;
  const isPublic = PUBLIC_PAGES.has(route.name);
  if (!signedIn && !isPublic && !OPEN_PAGES.has(route.name)) {
    const next = here === PATHS.home ? '' : `?next=${encodeURIComponent(here)}`;
    return <Redirect to={`${PATHS.signin}${next}`} />;
  }
  if (signedIn && isPublic) return <Redirect to={PATHS.home} />;
  switch (route.name) {
    case 'home':
      return <HomePage />;
    case 'signin':
      return <SignInPage />;
    case 'signup':
      return <SignUpPage />;
    case 'intake':
      return <IntakePage />;
    case 'safety':
      return <SafetyPage />;
    case 'checkin':
      return <CheckinPage />;
    case 'editCheckin':
      return <EditCheckinPage id={route.params.id ?? ''} />;
    case 'history':
      return (
        <Suspense fallback={<Loading />}>
          <HistoryPage />
        </Suspense>
      );
    case 'outcomes':
      return (
        <Suspense fallback={<Loading />}>
          <OutcomesPage />
        </Suspense>
      );
    case 'questionnaire':
      return <QuestionnairePage />;
    case 'insights':
      return (
        <Suspense fallback={<Loading />}>
          <InsightsPage />
        </Suspense>
      );
    case 'flarePlan':
      return <FlarePlanPage />;
    case 'editFlarePlan':
      return <EditFlarePlanPage />;
    case 'lessons':
      return (
        <Suspense fallback={<Loading />}>
          <LessonsPage />
        </Suspense>
      );
    case 'lesson':
      return (
        <Suspense fallback={<Loading />}>
          <LessonPage lessonId={route.params.lessonId ?? ''} />
        </Suspense>
      );
    case 'plan':
      return <PlanPage />;
    case 'growth':
      return (
        <Suspense fallback={<Loading />}>
          <GrowthPage />
        </Suspense>
      );
    case 'pacing':
      return <PacingPage />;
    case 'startingPoint':
      return <StartingPointPage kind={route.params.kind ?? ''} />;
    case 'session':
      return <SessionPage date={route.params.date ?? ''} slot={route.params.slot ?? ''} />;
    case 'logActivity':
      return <LogActivityPage />;
    case 'library':
      return <LibraryPage />;
    case 'exercise':
      return <ExercisePage id={route.params.id ?? ''} />;
    case 'account':
      return <AccountPage />;
    case 'security':
      return <SecurityPage />;
    case 'care':
      return <CarePage />;
    case 'reminders':
      return <RemindersPage />;
    case 'welcome':
      return <WelcomePage token={route.params.token ?? ''} />;
    case 'secondFactor':
      return <SecondFactorPage />;
    case 'admin':
      return <AdminPage />;
    case 'adminQuestionnaires':
      return <AdminQuestionnairesPage />;
    case 'joinByCode':
      return <JoinPage token={null} />;
    case 'join':
      return <JoinPage token={route.params.token ?? ''} />;
    case 'notes':
      return <NotesPage />;
    case 'caseload':
      return <CaseloadPage />;
    case 'invitePatient':
      return <InvitePatientPage />;
    case 'patient':
      return <PatientPage id={route.params.id ?? ''} />;
    case 'myExercises':
      return <ExercisesPage />;
    case 'newExercise':
      return <ExerciseEditorPage id={null} />;
    case 'editExercise':
      return <ExerciseEditorPage id={route.params.id ?? ''} />;
    case 'programmes':
      return <ProgrammesPage />;
  }
}

function Redirect({ to }: { to: string }) {
  useEffect(() => {
    navigate(to, { redirect: true });
  }, [to]);
  return null;
}
