/**
 * The optional detail of a check-in: where and how much (issue 14), what it feels like, what set
 * it off, what helped, medication, then the five scales, flare-up, and notes.
 */
import { useId } from 'react';
import { CHECKIN_SCALES, NOTES_MAX_LENGTH } from '../../../core/checkin.js';
import { JOURNAL_REGIONS } from '../../../core/journal/detail.js';
import { BodyMap } from '../../components/BodyMap.js';
import { ScaleInput } from '../../components/ScaleInput.js';
import { TextArea } from '../../components/TextField.js';
import { useMessages } from '../../i18n/useMessages.js';
import type { CheckinFormProblem, CheckinFormState, DetailDraft } from './checkin-form.js';
import { FeelsPart, HelpedPart, MedicationPart, RegionParts, TriggersPart } from './DetailParts.js';
import { checkinMessages } from './messages.js';

interface CheckinDetailsProps {
  form: CheckinFormState;
  problems: readonly CheckinFormProblem[];
  onChange: (patch: Partial<CheckinFormState>) => void;
}

/** Everything beyond pain; each part may be left empty. */
export function CheckinDetails({ form, problems, onChange }: CheckinDetailsProps) {
  const m = useMessages(checkinMessages);
  const id = useId();
  const part = {
    detail: form.detail,
    problems,
    onChange: (patch: Partial<DetailDraft>) => onChange({ detail: { ...form.detail, ...patch } }),
  };
  return (
    <>
      <BodyMap
        legend={m.details.areasLegend}
        areas={JOURNAL_REGIONS}
        value={form.areas}
        numbers={form.detail.regionPain}
        onChange={(areas) => onChange({ areas })}
      />
      <RegionParts areas={form.areas} {...part} />
      <FeelsPart {...part} />
      <TriggersPart {...part} />
      <HelpedPart {...part} />
      <MedicationPart {...part} />
      {CHECKIN_SCALES.map((scale) => (
        <ScaleInput
          key={scale}
          legend={m.scales[scale].legend}
          low={m.scales[scale].low}
          high={m.scales[scale].high}
          value={form.scales[scale]}
          clearable
          onChange={(value) => onChange({ scales: { ...form.scales, [scale]: value } })}
        />
      ))}
      <div className="field">
        <label className="choice">
          <input
            type="checkbox"
            className="choice__input"
            checked={form.flare}
            aria-describedby={`${id}-flare`}
            onChange={(event) => onChange({ flare: event.target.checked })}
          />
          <span className="choice__text">{m.details.flare}</span>
        </label>
        <p id={`${id}-flare`} className="field__hint">
          {m.details.flareHint}
        </p>
      </div>
      <TextArea
        id={`${id}-notes`}
        label={m.details.notesLabel}
        hint={`${m.details.notesHint} ${m.details.notesCount(form.notes.length, NOTES_MAX_LENGTH)}`}
        rows={4}
        maxLength={NOTES_MAX_LENGTH}
        value={form.notes}
        announce={false}
        error={problems.includes('notes') ? m.details.notesTooLong(NOTES_MAX_LENGTH) : null}
        onChange={(event) => onChange({ notes: event.target.value })}
      />
    </>
  );
}
