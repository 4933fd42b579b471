/** The pain history on a patient's record: the person's own chart and table, from their check-ins. */
import { summarizeDailyPain, windowStart } from '../../../core/checkin.js';
import type { LocalDate } from '../../../core/calendar.js';
import { callApi } from '../../api/client.js';
import { useQuery } from '../../hooks/useQuery.js';
import { useMessages } from '../../i18n/useMessages.js';
import { PainChart } from '../history/PainChart.js';
import { PainTable } from '../history/PainTable.js';
import { practiceMessages } from './messages.js';
import { RecordSection } from './RecordSections.js';

const WINDOW_DAYS = 30;

/** The last 30 of the patient's days: chart and table. */
export function RecordPainHistory({ patientId, today }: { patientId: string; today: LocalDate }) {
  const m = useMessages(practiceMessages).record;
  const from = windowStart(today, WINDOW_DAYS);
  const query = useQuery(`patient-checkins:${patientId}:${from}`, () => callApi('listPatientCheckins', { params: { patientId }, query: { from, to: today } }));
  return (
    <RecordSection id="record-history" title={m.history} query={query}>
      {({ items }) => {
        if (items.length === 0) return <p>{m.noCheckins}</p>;
        const daily = summarizeDailyPain(items, from, today);
        return (
          <>
            <PainChart daily={daily} />
            <details className="disclosure">
              <summary className="disclosure__summary">{m.historyTable}</summary>
              <PainTable daily={daily} />
            </details>
          </>
        );
      }}
    </RecordSection>
  );
}
