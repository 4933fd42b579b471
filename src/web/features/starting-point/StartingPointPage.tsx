/**
 * "Find your starting point" at `/pacing/starting-point/:kind`: the tolerance test of
 * CLINICAL.md §3 for one aerobic activity (`walking`, `cycling`, …) that has no baseline yet.
 */
import type { ToleranceOffer } from '../../../core/tolerance/offers.js';
import { offerOfKind } from '../../../core/tolerance/offers.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { useMessages } from '../../i18n/useMessages.js';
import { Link } from '../../router/Link.js';
import { PATHS } from '../../router/match-route.js';
import { useAccount } from '../auth/session-context.js';
import { startingPointMessages } from './messages.js';
import { AfterTest, TestResult } from './TestEnd.js';
import { BeforeTest, RunningTest } from './TestSteps.js';
import { TestEnded, UnwellTest } from './TestStop.js';
import { useStartingPointOffers, type StartingPointOffers } from './useStartingPointOffers.js';
import { useToleranceTest } from './useToleranceTest.js';

/** The page: the offer for `kind`, then the test; a kind without an offer says why kindly. */
export function StartingPointPage({ kind }: { kind: string }) {
  const m = useMessages(startingPointMessages);
  const query = useStartingPointOffers();
  const offer = query.status === 'success' ? offerOfKind(query.data.offers, kind) : null;
  return (
    <Page title={m.title}>
      {query.status === 'loading' ? <Loading /> : null}
      {query.status === 'error' ? <ErrorMessage error={query.error} onRetry={query.reload} /> : null}
      {query.status === 'success' && offer ? <ToleranceTestView offer={offer} /> : null}
      {query.status === 'success' && !offer ? <Unavailable why={whyNone(query.data)} /> : null}
    </Page>
  );
}

function ToleranceTestView({ offer }: { offer: ToleranceOffer }) {
  const account = useAccount();
  const test = useToleranceTest(account.id, offer);
  const { state } = test;
  switch (state.stage) {
    case 'before':
      return <BeforeTest offer={offer} onStart={test.start} />;
    case 'running':
      return (
        <RunningTest
          {...{ offer, run: state.run, nowMs: test.nowMs, resumed: state.resumed }}
          onStop={test.stop}
          onUnwell={test.unwell.open}
        />
      );
    case 'after':
      return <AfterTest run={state.run} onSave={test.save} onRestart={test.restart} />;
    case 'unwell':
      return <UnwellTest reason={state.reason} unwell={test.unwell} />;
    case 'saved':
      return <TestResult offer={offer} userId={account.id} clientId={state.clientId} minutes={state.minutes} />;
    case 'ended':
      return <TestEnded userId={account.id} clientId={state.clientId} />;
  }
}

type WhyNone = 'clinician' | 'flare' | 'noOffer';

function whyNone(data: StartingPointOffers): WhyNone {
  if (data.awaitingClinician) return 'clinician';
  return data.mode === 'normal' ? 'noOffer' : 'flare';
}

function Unavailable({ why }: { why: WhyNone }) {
  const m = useMessages(startingPointMessages).unavailable;
  return (
    <section aria-labelledby="starting-point-none" className="notice">
      <h2 id="starting-point-none" className="notice__title">
        {m.heading}
      </h2>
      <p>{m[why]}</p>
      <p>
        <Link to={PATHS.pacing}>{m.pacingLink}</Link>
      </p>
    </section>
  );
}
