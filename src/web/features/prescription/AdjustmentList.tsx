/** The adjustments in force, each as a plain line with who set it, when, why, and an End button. */
import { useState } from 'react';
import type { Adjustment } from '../../../core/prescription/types.js';
import { callApi } from '../../api/client.js';
import { ConfirmStep } from '../../components/ConfirmStep.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { useAction } from '../../hooks/useAction.js';
import { useFormatLocale, useMessages } from '../../i18n/useMessages.js';
import { formatShortDay } from '../../lib/format.js';
import { prescriptionMessages } from './messages.js';
import { describeAdjustment, type NameLookup } from './prescription-words.js';

interface AdjustmentListProps {
  patientId: string;
  adjustments: readonly Adjustment[];
  names: NameLookup;
  onEnded: () => void;
  /** What the patient reads this week about each one, and their name. */
  outcomes: ReadonlyMap<string, string[]>;
  patientName: string;
}

/** The list, newest last (as the server orders it). */
export function AdjustmentList({ patientId, adjustments, names, onEnded, outcomes, patientName }: AdjustmentListProps) {
  const m = useMessages(prescriptionMessages).section;
  if (adjustments.length === 0) return <p>{m.none}</p>;
  return (
    <ul className="adjustments">
      {adjustments.map((a) => <AdjustmentRow key={a.id} patientId={patientId} adjustment={a} names={names} onEnded={onEnded} reads={outcomes.get(a.id)} patientName={patientName} />)}
    </ul>
  );
}

function AdjustmentRow({ patientId, adjustment, names, onEnded, reads, patientName }: { patientId: string; adjustment: Adjustment; names: NameLookup; onEnded: () => void; reads: string[] | undefined; patientName: string }) {
  const m = useMessages(prescriptionMessages);
  const locale = useFormatLocale();
  const [confirming, setConfirming] = useState(false);
  const end = useAction(() => callApi('removePatientAdjustment', { params: { patientId, adjustmentId: adjustment.id } }));
  const line = describeAdjustment(adjustment, names, m.words);
  const confirmed = adjustment.kind === 'include' && adjustment.confirmedRules.length > 0
    ? m.section.confirmed(m.words.and(adjustment.confirmedRules.map((r) => m.suitability.ruleNames[r]))) : null;
  const onConfirm = async () => {
    const ended = await end.run();
    if (ended !== undefined) onEnded();
  };
  return (
    <li className="adjustment">
      <p className="adjustment__line"><strong>{line}</strong></p>
      <p className="muted">{m.section.setBy(adjustment.setBy.name, formatShortDay(adjustment.setBy.on, locale))}</p>
      <p>{adjustment.reason ? m.section.reason(adjustment.reason) : m.section.noReason}</p>
      {confirmed ? <p>{confirmed}</p> : null}
      {reads ? <p className="adjustment__reads">{m.section.reads(patientName, reads.join(' '))}</p> : null}
      {adjustment.programme ? <p className="muted">{m.section.fromProgramme(adjustment.programme.name)}</p> : null}
      {confirming ? (
        <ConfirmStep
          question={m.section.endQuestion(line)} details={m.section.endDetails} confirmLabel={end.pending ? m.section.working : m.section.endConfirm}
          cancelLabel={m.section.keep} onConfirm={() => void onConfirm()} onCancel={() => setConfirming(false)} busy={end.pending}
        />
      ) : (
        <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
          {m.section.end}<span className="visually-hidden">{m.section.endContext(line)}</span>
        </button>
      )}
      {end.error ? <ErrorMessage error={end.error} /> : null}
    </li>
  );
}
