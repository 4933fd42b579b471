/** The app: who is signed in decides which pages can be shown; the path decides which one. */
import { lazy, Suspense, useEffect } from 'react';
import type { Account } from '../contract/account.js';
import { ApiError } from './api/api-error.js';
import { useSession } from './features/auth/session-context.js';
import { SignInPage } from './features/auth/SignInPage.js';
import { HomePage } from './features/home/HomePage.js';
import {
  AccountPage,
  AdminPage,
  AdminQuestionnairesPage,
  CarePage,
  CaseloadPage,
  CheckinPage,
  EditCheckinPage,
  EditFlarePlanPage,
  ExerciseEditorPage,
  ExercisePage,
  ExercisesPage,
  FlarePlanPage,
  GrowthPage,
  HistoryPage,
  InsightsPage,
  IntakePage,
  InvitePatientPage,
  JoinPage,
  LandingPage,
  LessonPage,
  LessonsPage,
  LibraryPage,
  LogActivityPage,
  MorePage,
  NotesPage,
  OutcomesPage,
  PacingPage,
  PatientPage,
  PlanPage,
  ProgrammesPage,
  QuestionnairePage,
  RemindersPage,
  SafetyPage,
  SecondFactorPage,
  SecurityPage,
  SessionPage,
  SignUpPage,
  StartingPointPage,
  ForgotPasswordPage,
  ResetPasswordPage,
  RecoveryCodesPage,
  WelcomePage,
} from './pages.js';
import { ErrorMessage } from './components/ErrorMessage.js';
import { Layout } from './components/Layout.js';
import { PageSkeleton } from './components/PageSkeleton.js';
import { NotFoundPage } from './components/NotFoundPage.js';
import { navigate } from './router/history.js';
import { PATHS, type RouteMatch } from './router/match-route.js';
import { useLocation, useRoute } from './router/useLocation.js';

// Sending saved sessions (and the session player's rules they are stored in) waits for its own
// chunk: the first page draws without it.
const SyncRunner = lazy(() =>
  import('./sync/SyncRunner.js').then((module) => ({ default: module.SyncRunner })),
);

/** Pages for signed-out people only (signed-in people go home). */
const PUBLIC_PAGES = new Set<RouteMatch['name']>(['signin', 'signup', 'forgotPassword']);
/** Pages for everyone, signed in or not. */
const OPEN_PAGES = new Set<RouteMatch['name']>(['library', 'exercise', 'welcome', 'resetPassword']);
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
        <PageSkeleton />
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
      {signInComplete ? (
        <Suspense fallback={null}>
          <SyncRunner userId={account.id} />
        </Suspense>
      ) : null}
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
  // A visitor at `/` meets what Pacewise is, with the ways in (a chunk of its own).
  if (!signedIn && route.name === 'home') {
    return (
      <Suspense fallback={<PageSkeleton />}>
        <LandingPage />
      </Suspense>
    );
  }
  if (!signedIn && !isPublic && !OPEN_PAGES.has(route.name)) {
    const next = here === PATHS.home ? '' : `?next=${encodeURIComponent(here)}`;
    return <Redirect to={`${PATHS.signin}${next}`} />;
  }
  if (signedIn && isPublic) return <Redirect to={PATHS.home} />;
  // One fallback for every page loaded on demand: the page's shape, never a blank.
  return (
    <Suspense fallback={<PageSkeleton />}>
      <RoutePage route={route} />
    </Suspense>
  );
}

/** The page of `route` (pages other than sign-in and home load on demand, see pages.ts). */
function RoutePage({ route }: { route: RouteMatch }) {
  switch (route.name) {
    case 'home':
      return <HomePage />;
    case 'signin':
      return <SignInPage />;
    case 'signup':
      return <SignUpPage />;
    case 'forgotPassword':
      return <ForgotPasswordPage />;
    case 'resetPassword':
      return <ResetPasswordPage />;
    case 'recoveryCodes':
      return <RecoveryCodesPage />;
    case 'intake':
      return <IntakePage />;
    case 'safety':
      return <SafetyPage />;
    case 'checkin':
      return <CheckinPage />;
    case 'editCheckin':
      return <EditCheckinPage id={route.params.id ?? ''} />;
    case 'history':
      return <HistoryPage />;
    case 'outcomes':
      return <OutcomesPage />;
    case 'questionnaire':
      return <QuestionnairePage />;
    case 'insights':
      return <InsightsPage />;
    case 'flarePlan':
      return <FlarePlanPage />;
    case 'editFlarePlan':
      return <EditFlarePlanPage />;
    case 'lessons':
      return <LessonsPage />;
    case 'lesson':
      return <LessonPage lessonId={route.params.lessonId ?? ''} />;
    case 'plan':
      return <PlanPage />;
    case 'growth':
      return <GrowthPage />;
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
    case 'more':
      return <MorePage />;
  }
}

function Redirect({ to }: { to: string }) {
  useEffect(() => {
    navigate(to, { redirect: true });
  }, [to]);
  return null;
}
