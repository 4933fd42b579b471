/**
 * Nerve-type days, triggers before a rise and what helped: the server's numbers in words. A part
 * with nothing recorded is left out; a part below its minimum says what it needs in one line.
 */
import type { NerveDays, ReliefSummary, TriggerLink, TriggerRises } from '../../../core/insights/index.js';
import { useMessages } from '../../i18n/useMessages.js';
import { insightsMessages } from './messages.js';
import { percentOf, reliefInReadingOrder, triggersInReadingOrder } from './journal-view.js';

/** The share of nerve-type days and the words chosen. */
export function NerveSection({ nerve }: { nerve: NerveDays }) {
  const m = useMessages(insightsMessages).journal;
  return (
    <div className="insights-journal__part">
      <h3>{m.nerve.heading}</h3>
      {nerve.share !== null && nerve.ci ? (
        <>
          <p className="insights-lead">{m.nerve.lead(nerve.nerveDays, nerve.describedDays, percentOf(nerve.share))}</p>
          <p>{m.nerve.interval(percentOf(nerve.ci[0]), percentOf(nerve.ci[1]))}</p>
        </>
      ) : (
        <p>{m.nerve.needs(nerve.describedDays, nerve.required)}</p>
      )}
      <p className="insights-muted">{m.nerve.which}</p>
      <h4>{m.nerve.wordsHeading}</h4>
      <ul className="insights-journal__list">
        {nerve.descriptors.map((d) => (
          <li key={d.descriptor}>{m.nerve.word(m.descriptors[d.descriptor], d.days)}</li>
        ))}
      </ul>
    </div>
  );
}

/** Triggers around rises: what is needed, counts, or the tested links. */
export function TriggerSection({ triggers }: { triggers: TriggerRises }) {
  const m = useMessages(insightsMessages).journal.triggers;
  return (
    <div className="insights-journal__part">
      <h3>{m.heading}</h3>
      <p className="insights-section__intro">{m.intro}</p>
      {triggers.status === 'needs_days' ? <p>{m.needsDays(triggers.checkinDays, triggers.required.checkinDays)}</p> : null}
      {triggers.status === 'described' ? <p>{m.needsRises(triggers.rises, triggers.others, triggers.required.rises)}</p> : null}
      {triggers.triggers.length > 0 ? (
        <ul className="insights-journal__list insights-journal__triggers">
          {triggersInReadingOrder(triggers.triggers).map((t) => (
            <TriggerItem key={t.trigger} link={t} rises={triggers.rises} others={triggers.others} tested={triggers.status === 'tested'} />
          ))}
        </ul>
      ) : null}
      {triggers.status === 'tested' ? <p className="insights-muted">{m.note}</p> : null}
    </div>
  );
}

function TriggerItem({ link, rises, others, tested }: { link: TriggerLink; rises: number; others: number; tested: boolean }) {
  const m = useMessages(insightsMessages).journal;
  const standing = link.claimed ? 'claimed' : 'unclear';
  return (
    <li>
      <strong>{m.triggerNames[link.trigger]}</strong>
      {tested ? <span className={`badge badge--${standing}`}>{link.claimed ? m.triggers.linked : m.triggers.unclear}</span> : null}
      <br />
      {m.triggers.noted(link.beforeRises, rises, link.aroundOthers, others)}
      {tested && link.difference !== null && link.ci ? (
        <>
          {' '}
          {m.triggers.difference(percentOf(link.difference), percentOf(link.ci[0]), percentOf(link.ci[1]))}
        </>
      ) : null}
    </li>
  );
}

/** What helped: the average rating with its interval, or the count towards 5. */
export function ReliefSection({ relief }: { relief: readonly ReliefSummary[] }) {
  const m = useMessages(insightsMessages).journal.relief;
  const names = useMessages(insightsMessages).journal.reliefNames;
  if (relief.length === 0) return null;
  return (
    <div className="insights-journal__part">
      <h3>{m.heading}</h3>
      <p className="insights-section__intro">{m.intro}</p>
      <ul className="insights-journal__list insights-journal__relief">
        {reliefInReadingOrder(relief).map((r) => (
          <li key={r.kind}>
            {r.mean !== null && r.ci
              ? `${m.shown(names[r.kind], r.mean, r.n, r.ci[0], r.ci[1])} ${m.later(r.later, r.n)}`
              : m.counting(names[r.kind], r.n, r.required)}
          </li>
        ))}
      </ul>
      <p className="insights-muted">{m.note}</p>
    </div>
  );
}
