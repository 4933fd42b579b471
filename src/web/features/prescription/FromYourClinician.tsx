/**
 * "From your clinician" in the person's week: each change the clinician set, in one sentence with
 * who and when ("Set by Lena on 3 May: add the wall push-up on Monday and Thursday."), the reason
 * in their own words, and what became of it this week, honestly.
 */
import type { PrescribedChange } from '../../../core/prescription/types.js';
import { useFormatLocale, useMessages } from '../../i18n/useMessages.js';
import { formatShortDay } from '../../lib/format.js';
import { prescriptionMessages } from './messages.js';
import { describeOutcomes, describeSetBy, exerciseIdsOf } from './prescription-words.js';
import { useExerciseNames } from './useExerciseNames.js';

interface FromYourClinicianProps {
  changes: readonly PrescribedChange[];
  /** The heading's id; the Home card and the plan page each have their own. */
  headingId: string;
  /** On Home: the sentences only, without the reasons and outcomes. */
  brief?: boolean;
}

/** The section; nothing when the clinician set nothing (and then no exercise names are fetched). */
export function FromYourClinician(props: FromYourClinicianProps) {
  return props.changes.length === 0 ? null : <ClinicianChanges {...props} />;
}

function ClinicianChanges({ changes, headingId, brief = false }: FromYourClinicianProps) {
  const m = useMessages(prescriptionMessages);
  const locale = useFormatLocale();
  const { names, ready } = useExerciseNames(exerciseIdsOf(changes.map((c) => c.adjustment)));
  // Until the names arrive a sentence would name no exercise: wait (it is a moment).
  if (!ready) return null;
  const Heading = brief ? 'h3' : 'h2';
  return (
    <section aria-labelledby={headingId} className={brief ? 'from-clinician from-clinician--brief' : 'from-clinician card'}>
      <Heading id={headingId}>{m.person.heading}</Heading>
      {brief ? null : <p className="muted">{m.person.intro}</p>}
      <ul className="from-clinician__list">
        {changes.map((change) => {
          const a = change.adjustment;
          return (
            <li key={a.id} className="from-clinician__item">
              <p>{describeSetBy(a, formatShortDay(a.setBy.on, locale), names, m.words)}</p>
              {!brief && a.reason ? (
<p className="from-clinician__reason">{m.words.person.reason(a.setBy.name)} “{a.reason}”</p>
              ) : null}
              {!brief ? describeOutcomes(change, m.words).map((line) => <p key={line} className="from-clinician__outcome">{line}</p>) : null}
              {!brief && a.programme ? <p className="muted">{m.words.person.fromProgramme(a.programme.name)}</p> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
