/**
 * "What your journal shows" (issue 14): pain by body area, what the pain felt like, before pain
 * went up, and what helped, from the check-ins' detail. One line when there is no detail yet.
 */
import type { JournalInsights } from '../../../core/insights/index.js';
import { useMessages } from '../../i18n/useMessages.js';
import { NerveSection, ReliefSection, TriggerSection } from './JournalFindings.js';
import { insightsMessages } from './messages.js';
import { RegionTrends } from './RegionTrends.js';

/** The section, with each part only when something of it was recorded. */
export function JournalSection({ journal }: { journal: JournalInsights }) {
  const m = useMessages(insightsMessages).journal;
  return (
    <section aria-labelledby="journal-heading" className="insights-section insights-journal">
      <h2 id="journal-heading">{m.heading}</h2>
      {journal.detailDays === 0 ? (
        <p className="insights-muted">{m.empty}</p>
      ) : (
        <>
          <p className="insights-section__intro">{m.intro}</p>
          <RegionTrends regions={journal.regions} />
          {journal.nerve ? <NerveSection nerve={journal.nerve} /> : null}
          {journal.triggers ? <TriggerSection triggers={journal.triggers} /> : null}
          <ReliefSection relief={journal.relief} />
        </>
      )}
    </section>
  );
}
