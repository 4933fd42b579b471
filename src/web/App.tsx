/** The app: who is signed in decides which pages can be shown; the path decides which one. */
import { lazy, Suspense, useEffect } from 'react';
import { ApiError } from './api/api-error.js';
import { AccountPage } from './features/account/AccountPage.js';
import { useSession } from './features/auth/session-context.js';
import { SignInPage } from './features/auth/SignInPage.js';
import { SignUpPage } from './features/auth/SignUpPage.js';
import { CheckinPage } from './features/checkin/CheckinPage.js';
import { EditCheckinPage } from './features/checkin/EditCheckinPage.js';
import { HomePage } from './features/home/HomePage.js';
import { IntakePage } from './features/intake/IntakePage.js';
import { ExercisePage } from './features/library/ExercisePage.js';
import { LibraryPage } from './features/library/LibraryPage.js';
import { PacingPage } from './features/pacing/PacingPage.js';
import { PlanPage } from './features/plan/PlanPage.js';
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

const GrowthPage = lazy(() =>
  import('./features/growth/GrowthPage.js').then((module) => ({ default: module.GrowthPage })),
);

/** Pages for signed-out people only (signed-in people go home). */
const PUBLIC_PAGES = new Set<RouteMatch['name']>(['signin', 'signup']);
/** Pages for everyone, signed in or not. */
const OPEN_PAGES = new Set<RouteMatch['name']>(['library', 'exercise']);

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
  const signedIn = session.status === 'signedIn';
  return (
    <Layout signedIn={signedIn}>
      {session.status === 'signedIn' ? <OutboxSync userId={session.account.id} /> : null}
      <PageFor
        key={location.pathname}
        route={route}
        signedIn={signedIn}
        here={location.pathname + location.search}
      />
    </Layout>
  );
}

function PageFor({
  route,
  signedIn,
  here,
}: {
  route: RouteMatch | null;
  signedIn: boolean;
  here: string;
}) {
  if (!route) return <NotFoundPage />;
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
    case 'insights':
      return (
        <Suspense fallback={<Loading />}>
          <InsightsPage />
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
  }
}

function Redirect({ to }: { to: string }) {
  useEffect(() => {
    navigate(to, { redirect: true });
  }, [to]);
  return null;
}
