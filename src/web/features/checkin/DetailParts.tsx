/**
 * The check-in's optional detail (issue 14), in small parts so the form is never a wall: where
 * and how much first, then what it feels like, what set it off, what helped and medication, each
 * folded away under its own heading. Each choice is one tap or one scale.
 */
import { useId, type ReactNode } from 'react';
import {
  DETAIL_LIMITS,
  PAIN_DESCRIPTORS,
  RELIEF_KINDS,
  SPREAD_TARGETS,
  TRIGGERS,
  type JournalRegion,
} from '../../../core/journal/detail.js';
import { ScaleInput } from '../../components/ScaleInput.js';
import { TextArea, TextField } from '../../components/TextField.js';
import { sharedMessages } from '../../components/messages.js';
import { useMessages } from '../../i18n/useMessages.js';
import { ChipGroup } from './ChipGroup.js';
import { canSpread, toggled, type CheckinFormProblem, type DetailDraft } from './checkin-form.js';
import { checkinMessages } from './messages.js';

interface PartProps {
  detail: DetailDraft;
  problems: readonly CheckinFormProblem[];
  onChange: (patch: Partial<DetailDraft>) => void;
}

/**
 * Each chosen region's own 0-10, and "spreads to" when neck or back pain is chosen. No "Clear
 * answer" here (issue 15's small targets): unticking the region takes its number away.
 */
export function RegionParts({ areas, detail, onChange }: PartProps & { areas: readonly JournalRegion[] }) {
  const m = useMessages(checkinMessages).detail;
  const names = useMessages(sharedMessages).painAreas;
  return (
    <>
      {areas.length > 0 ? (
        <div className="region-scales">
          {areas.map((region) => (
            <ScaleInput
              key={region}
              legend={m.regionLegend(names[region])}
              low={m.regionLow}
              high={m.regionHigh}
              value={detail.regionPain[region] ?? null}
              onChange={(pain) => {
                const { [region]: _old, ...rest } = detail.regionPain;
                onChange({ regionPain: pain === null ? rest : { ...rest, [region]: pain } });
              }}
            />
          ))}
        </div>
      ) : null}
      {canSpread(areas) ? (
        <ChipGroup
          legend={m.spreadsLegend}
          hint={m.spreadsHint}
          options={SPREAD_TARGETS}
          labels={m.spreads}
          value={detail.spreadsTo}
          onToggle={(target) => onChange({ spreadsTo: toggled(detail.spreadsTo, target) })}
        />
      ) : null}
    </>
  );
}

/** A folded part of the detail, open when it already holds something (an edit). */
function Fold({ summary, filled, children }: { summary: string; filled: boolean; children: ReactNode }) {
  return (
    <details className="disclosure detail-section" open={filled || undefined}>
      <summary className="disclosure__summary">{summary}</summary>
      <div className="disclosure__body">{children}</div>
    </details>
  );
}

/** What the pain feels like. */
export function FeelsPart({ detail, onChange }: PartProps) {
  const m = useMessages(checkinMessages).detail;
  return (
    <Fold summary={m.feelsSummary} filled={detail.descriptors.length > 0}>
      <ChipGroup
        legend={m.feelsLegend}
        hint={m.tapHint}
        options={PAIN_DESCRIPTORS}
        labels={m.descriptors}
        value={detail.descriptors}
        onToggle={(d) => onChange({ descriptors: toggled(detail.descriptors, d) })}
      />
    </Fold>
  );
}

/** What set it off; "something else" opens a short text field. */
export function TriggersPart({ detail, problems, onChange }: PartProps) {
  const m = useMessages(checkinMessages).detail;
  const id = useId();
  return (
    <Fold summary={m.triggersSummary} filled={detail.triggers.length > 0}>
      <ChipGroup
        legend={m.triggersLegend}
        hint={m.tapHint}
        options={TRIGGERS}
        labels={m.triggers}
        value={detail.triggers}
        onToggle={(t) => onChange({ triggers: toggled(detail.triggers, t) })}
      />
      {detail.triggers.includes('other') ? (
        <TextField
          id={`${id}-other`}
          label={m.otherTriggerLabel}
          maxLength={DETAIL_LIMITS.otherText}
          value={detail.otherTrigger}
          announce={false}
          error={problems.includes('otherTrigger') ? m.tooLong(DETAIL_LIMITS.otherText) : null}
          onChange={(event) => onChange({ otherTrigger: event.target.value })}
        />
      ) : null}
    </Fold>
  );
}

/** What helped: each kind tried gets "how much did it help?" 0-10. */
export function HelpedPart({ detail, problems, onChange }: PartProps) {
  const m = useMessages(checkinMessages).detail;
  const id = useId();
  const tried = RELIEF_KINDS.filter((kind) => detail.relief.includes(kind));
  return (
    <Fold summary={m.helpedSummary} filled={detail.relief.length > 0}>
      <ChipGroup
        legend={m.helpedLegend}
        hint={m.tapHint}
        options={RELIEF_KINDS}
        labels={m.relief}
        value={detail.relief}
        onToggle={(kind) => onChange({ relief: toggled(detail.relief, kind) })}
      />
      {tried.map((kind) => (
        <ScaleInput
          key={kind}
          legend={m.helpedHow(m.relief[kind])}
          low={m.helpedLow}
          high={m.helpedHigh}
          value={detail.helped[kind] ?? null}
          onChange={(helped) => {
            const { [kind]: _old, ...rest } = detail.helped;
            onChange({ helped: helped === null ? rest : { ...rest, [kind]: helped } });
          }}
        />
      ))}
      {tried.includes('other') ? (
        <TextField
          id={`${id}-other`}
          label={m.otherReliefLabel}
          maxLength={DETAIL_LIMITS.otherText}
          value={detail.otherRelief}
          announce={false}
          error={problems.includes('otherRelief') ? m.tooLong(DETAIL_LIMITS.otherText) : null}
          onChange={(event) => onChange({ otherRelief: event.target.value })}
        />
      ) : null}
    </Fold>
  );
}

/** Medication taken, in the person's own words; Pacewise never advises on medicine. */
export function MedicationPart({ detail, problems, onChange }: PartProps) {
  const m = useMessages(checkinMessages).detail;
  const id = useId();
  return (
    <Fold summary={m.medicationSummary} filled={detail.medication.trim() !== ''}>
      <TextArea
        id={`${id}-medication`}
        label={m.medicationLabel}
        hint={m.medicationHint}
        rows={2}
        maxLength={DETAIL_LIMITS.medication}
        value={detail.medication}
        announce={false}
        error={problems.includes('medication') ? m.tooLong(DETAIL_LIMITS.medication) : null}
        onChange={(event) => onChange({ medication: event.target.value })}
      />
    </Fold>
  );
}
