/**
 * The exercise library: filters kept in the URL, results that follow as the person types, best
 * match first. Searching happens on the server (`GET /api/exercises` runs the core ranked search,
 * core/library/exercise-search.ts), asked 150 ms after the last change; every list is
 * remembered, so going back is instant. With no network, a signed-in person's device searches
 * the library it kept with the same rule.
 */
import { useEffect, useMemo } from 'react';
import { Page } from '../../components/Page.js';
import { useExerciseSearch } from '../../hooks/useExercises.js';
import { useMessages } from '../../i18n/useMessages.js';
import { navigate } from '../../router/history.js';
import { PATHS } from '../../router/match-route.js';
import { useLocation } from '../../router/useLocation.js';
import { ExerciseResults } from './ExerciseResults.js';
import { rememberLibrarySearch } from './last-search.js';
import { LibraryFilters } from './LibraryFilters.js';
import {
  hasLibraryFilters,
  readLibraryFilter,
  toExerciseQuery,
  writeLibraryFilter,
  type LibraryFilter,
} from './library-filter.js';
import { libraryMessages } from './messages.js';

/** How long typing may pause before the list is asked for. */
const SEARCH_DELAY_MS = 150;

/** The library page at `/library`. */
export function LibraryPage() {
  const m = useMessages(libraryMessages);
  const { search } = useLocation();
  const filter = useMemo(() => readLibraryFilter(search), [search]);
  const results = useExerciseSearch(toExerciseQuery(filter), SEARCH_DELAY_MS);
  useEffect(() => {
    rememberLibrarySearch(search);
  }, [search]);
  const change = (next: LibraryFilter) => {
    navigate(`${PATHS.library}${writeLibraryFilter(next)}`, { replace: true, keepScroll: true });
  };
  return (
    <Page title={m.title} intro={<p>{m.intro}</p>}>
      <LibraryFilters filter={filter} onChange={change} />
      <ExerciseResults search={results} filtered={hasLibraryFilters(filter)} ranked={(filter.q?.trim() ?? '') !== ''} />
    </Page>
  );
}
