/**
 * "How your plan grows" at `/plan/grows`: the person's own profile lived for 12 weeks by the
 * simulation, calm and adherent first, with other weeks to try. A chart, the same numbers in a
 * table, and every change in words; always called an illustration, never a promise.
 */
import { useState } from 'react';
import type { Profile } from '../../../contract/profile.js';
import type { SimulationResponse } from '../../../contract/plan.js';
import { RadioGroup } from '../../components/ChoiceGroup.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { useMessages } from '../../i18n/useMessages.js';
import { Link } from '../../router/Link.js';
import { PATHS } from '../../router/match-route.js';
import { IntakePrompt } from '../home/IntakePrompt.js';
import { GrowthChart } from './GrowthChart.js';
import { GrowthTable } from './GrowthTable.js';
import { SCENARIOS, telling, weekRows, type Scenario } from './growth-view.js';
import { growthMessages, type GrowthWords } from './messages.js';
import { usePlanGrowth } from './usePlanGrowth.js';

/** The page. */
export function GrowthPage() {
  const m = useMessages(growthMessages);
  const [scenario, setScenario] = useState<Scenario>('calm');
  const query = usePlanGrowth(scenario);
  return (
    <Page title={m.title} intro={<p>{m.intro}</p>}>
      <p className="notice growth__illustration">{m.illustration}</p>
      <RadioGroup
        legend={m.scenarioLegend}
        name="growth-scenario"
        value={scenario}
        onChange={setScenario}
        options={SCENARIOS.map((value) => ({ value, ...m.scenarios[value] }))}
      />
      <p role="status" className="visually-hidden">
        {query.status === 'success' && query.data.kind === 'ready' ? statusOf(query.data.result, m) : ''}
      </p>
      <div aria-busy={query.status === 'loading'}>
        {query.status === 'loading' ? <Loading /> : null}
        {query.status === 'error' ? <ErrorMessage error={query.error} onRetry={query.reload} /> : null}
        {query.status === 'success' && query.data.kind === 'noProfile' ? <IntakePrompt hasDraft={false} /> : null}
        {query.status === 'success' && query.data.kind === 'ready' ? (
          <Growth profile={query.data.profile} result={query.data.result} />
        ) : null}
      </div>
      <p className="aside">
        <Link to={PATHS.plan}>{m.backToPlan}</Link>
      </p>
    </Page>
  );
}

/** The sentence a screen reader hears when new weeks have loaded: the summary, or the referral. */
function statusOf(result: SimulationResponse, m: GrowthWords): string {
  if (result.status === 'refer') return m.refer.heading;
  const rows = weekRows(result.weeks);
  const [first, last] = [rows[0], rows[rows.length - 1]];
  return first && last ? m.summary(first.minutes, first.activeDays, last.minutes, last.activeDays, last.week) : '';
}

function Growth({ profile, result }: { profile: Profile; result: SimulationResponse }) {
  const m = useMessages(growthMessages);
  if (result.status === 'refer') {
    return (
      <section className="notice" aria-labelledby="growth-refer">
        <h2 id="growth-refer">{m.refer.heading}</h2>
        <p>{m.refer.body}</p>
      </section>
    );
  }
  const rows = weekRows(result.weeks);
  const first = rows[0];
  const last = rows[rows.length - 1];
  return (
    <>
      <section aria-labelledby="growth-chart" className="growth__chart">
        <h2 id="growth-chart">{m.chart.heading}</h2>
        {first && last ? (
          <p>{m.summary(first.minutes, first.activeDays, last.minutes, last.activeDays, last.week)}</p>
        ) : null}
        <GrowthChart weeks={result.weeks} minutesPerDay={profile.minutesPerDay} />
        <GrowthTable rows={rows} />
      </section>
      <Changes weeks={telling(result.weeks)} />
    </>
  );
}

function Changes({ weeks }: { weeks: ReturnType<typeof telling> }) {
  const m = useMessages(growthMessages).changes;
  return (
    <section aria-labelledby="growth-changes" className="growth__changes">
      <h2 id="growth-changes">{m.heading}</h2>
      <p>{m.intro}</p>
      {weeks.length === 0 ? <p>{m.none}</p> : null}
      {weeks.map((week) => (
        <section key={week.week} aria-labelledby={`growth-week-${week.week}`}>
          <h3 id={`growth-week-${week.week}`}>{m.week(week.week)}</h3>
          <ul className="reason-list">
            {week.messages.map((message, index) => (
              <li key={index}>{message}</li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
