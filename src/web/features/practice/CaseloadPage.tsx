/**
 * The caseload at `/practice`: every linked patient, needs attention first by the rule in
 * core/caseload (explained on the page), with filters and a name search.
 */
import { useState } from 'react';
import type { CaseloadRow } from '../../../contract/practice.js';
import { callApi } from '../../api/client.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { useQuery } from '../../hooks/useQuery.js';
import { useMessages } from '../../i18n/useMessages.js';
import { Link } from '../../router/Link.js';
import { PATHS } from '../../router/match-route.js';
import { useAccount } from '../auth/session-context.js';
import { CASELOAD_FILTERS, filterCaseload, type CaseloadFilter } from './caseload-view.js';
import { CaseloadCards, CaseloadTable } from './CaseloadRows.js';
import { practiceMessages } from './messages.js';

/** The caseload page. */
export function CaseloadPage() {
  const m = useMessages(practiceMessages).caseload;
  const account = useAccount();
  const query = useQuery('caseload', () => callApi('getCaseload'));
  return (
    <Page title={m.title} intro={<p>{m.intro}</p>}>
      {account.secondFactor === 'relaxed' ? <p className="notice notice--caution">{m.relaxed}</p> : null}
      {query.status === 'loading' ? <Loading /> : null}
      {query.status === 'error' ? <ErrorMessage error={query.error} onRetry={query.reload} /> : null}
      {query.status === 'success' ? query.data.items.length === 0 ? <EmptyCaseload /> : <Caseload rows={query.data.items} /> : null}
      <WhyThisOrder />
    </Page>
  );
}

function EmptyCaseload() {
  const m = useMessages(practiceMessages).caseload;
  return (
    <section className="card" aria-labelledby="caseload-empty">
      <h2 id="caseload-empty">{m.emptyTitle}</h2>
      <p>{m.empty}</p>
      <p>
        <Link to={PATHS.invitePatient} className="button button--primary">{m.invite}</Link>
      </p>
    </section>
  );
}

function Caseload({ rows }: { rows: readonly CaseloadRow[] }) {
  const m = useMessages(practiceMessages).caseload;
  const [filter, setFilter] = useState<CaseloadFilter>('all');
  const [search, setSearch] = useState('');
  const shown = filterCaseload(rows, filter, search);
  return (
    <>
      <form className="caseload-controls" role="search" onSubmit={(event) => event.preventDefault()}>
        <fieldset className="caseload-filters">
          <legend>{m.filtersLegend}</legend>
          {CASELOAD_FILTERS.map((value) => (
            <label key={value} className="filter-chip">
              <input type="radio" name="caseload-filter" value={value} checked={filter === value} onChange={() => setFilter(value)} />
              <span>{m.filters[value]}</span>
            </label>
          ))}
        </fieldset>
        <div className="field caseload-search">
          <label htmlFor="caseload-search" className="field__label">{m.search}</label>
          <input id="caseload-search" type="search" className="field__input" value={search} onChange={(event) => setSearch(event.target.value)} autoComplete="off" />
        </div>
      </form>
      <p role="status" className="caseload-count">{m.shown(shown.length, rows.length)}</p>
      {shown.length === 0 ? (
        <p className="notice">{m.noMatch}</p>
      ) : (
        <>
          <CaseloadTable rows={shown} />
          <CaseloadCards rows={shown} />
        </>
      )}
    </>
  );
}

function WhyThisOrder() {
  const m = useMessages(practiceMessages).caseload;
  return (
    <section className="caseload-why" aria-labelledby="caseload-why">
      <h2 id="caseload-why">{m.whyTitle}</h2>
      <ol>{m.why.map((line) => <li key={line}>{line}</li>)}</ol>
      <p>{m.whyTies}</p>
      <p className="muted">{m.whyMinimum}</p>
    </section>
  );
}
