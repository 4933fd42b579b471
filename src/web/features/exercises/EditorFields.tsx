/**
 * The editor's groups of fields: what it is, who it suits, how to do it, and the dose. Each field
 * shows its own problem beside it; the state lives in the page.
 */
import { PILLARS, POSITIONS } from '../../../core/library/exercise.js';
import { CONDITIONS, EQUIPMENT, LIKED_ACTIVITIES, LIMBS, PAIN_AREAS } from '../../../core/profile.js';
import { CheckboxGroup, RadioGroup } from '../../components/ChoiceGroup.js';
import { TextArea, TextField } from '../../components/TextField.js';
import { useMessages } from '../../i18n/useMessages.js';
import { libraryMessages } from '../library/messages.js';
import { errorOf, type EditorState, type FieldErrors } from './editor-state.js';
import { exerciseMessages } from './messages.js';

/** What every group of fields is given. */
export interface FieldsProps {
  state: EditorState;
  errors: FieldErrors;
  set: (change: Partial<EditorState>) => void;
}

const options = <T extends string>(values: readonly T[], labels: Record<T, string>) => values.map((value) => ({ value, label: labels[value] }));

/** Name, purpose, kind, level and sharing. */
export function WhatItIs({ state, errors, set }: FieldsProps) {
  const m = useMessages(exerciseMessages).editor;
  const lib = useMessages(libraryMessages);
  return (
    <>
      <TextField id="ex-name" label={m.name} maxLength={80} value={state.name} onChange={(e) => set({ name: e.target.value })} error={errorOf(errors, 'name')} announce={false} />
      <TextField id="ex-purpose" label={m.purpose} hint={m.purposeHint} maxLength={200} value={state.purpose} onChange={(e) => set({ purpose: e.target.value })} error={errorOf(errors, 'purpose')} announce={false} />
      <RadioGroup legend={m.pillar} layout="row" options={options(PILLARS, lib.pillars)} value={state.pillar} onChange={(pillar) => set({ pillar })} error={errorOf(errors, 'pillar')} />
      <RadioGroup legend={m.level} options={(['1', '2', '3'] as const).map((v) => ({ value: v, label: lib.levels[Number(v) as 1 | 2 | 3] }))} value={state.level} onChange={(level) => set({ level })} error={errorOf(errors, 'level')} />
      <CheckboxGroup legend={m.sharing} hint={m.sharedHint} options={[{ value: 'shared', label: m.shared }]} value={state.shared ? ['shared'] : []} onChange={(next) => set({ shared: next.length > 0 })} />
    </>
  );
}

/** Positions, limbs, equipment, regions and the conditions it does not suit. */
export function WhoItSuits({ state, errors, set }: FieldsProps) {
  const m = useMessages(exerciseMessages);
  const lib = useMessages(libraryMessages);
  const e = m.editor;
  return (
    <>
      <CheckboxGroup legend={e.positions} layout="row" options={options(POSITIONS, lib.positions)} value={state.positions} onChange={(positions) => set({ positions })} error={errorOf(errors, 'positions')} />
      <CheckboxGroup legend={e.limbs} hint={e.limbsHint} layout="row" options={options(LIMBS, m.limbs)} value={state.limbs} onChange={(limbs) => set({ limbs })} error={errorOf(errors, 'limbs')} />
      <CheckboxGroup legend={e.equipment} hint={e.equipmentHint} layout="row" options={options(EQUIPMENT, lib.equipmentNames)} value={state.equipment} onChange={(equipment) => set({ equipment })} error={errorOf(errors, 'equipment')} />
      <CheckboxGroup legend={e.regions} layout="row" options={options(PAIN_AREAS, lib.regions)} value={state.regions} onChange={(regions) => set({ regions })} error={errorOf(errors, 'regions')} />
      <CheckboxGroup legend={e.avoidWith} layout="row" options={options(CONDITIONS, m.conditions)} value={state.avoidWith} onChange={(avoidWith) => set({ avoidWith })} error={errorOf(errors, 'avoidWith')} />
      <TextArea id="ex-caution" label={e.cautionNote} hint={e.cautionHint} rows={2} maxLength={300} value={state.cautionNote} onChange={(ev) => set({ cautionNote: ev.target.value })} error={errorOf(errors, 'cautionNote')} announce={false} />
    </>
  );
}

/** The variants a clinician may link to: every exercise they may use but this one. */
export interface VariantChoice {
  id: string;
  name: string;
}

/** Steps, breathing, feel, when to stop, variants and activity. */
export function HowToDoIt({ state, errors, set, variants }: FieldsProps & { variants: readonly VariantChoice[] }) {
  const m = useMessages(exerciseMessages);
  const e = m.editor;
  const setStep = (index: number, text: string) => set({ steps: state.steps.map((s, i) => (i === index ? text : s)) });
  return (
    <>
      <fieldset className="choice-group steps-editor" aria-describedby="ex-steps-hint">
        <legend className="choice-group__legend">{e.steps}</legend>
        <p id="ex-steps-hint" className="field__hint">{e.stepsHint}</p>
        {errors.steps ? <p className="field__error">{errors.steps}</p> : null}
        <ol className="steps-editor__list">
          {state.steps.map((step, index) => (
            <li key={index} className="steps-editor__step">
              <TextArea id={`ex-step-${index}`} label={e.step(index + 1)} rows={2} maxLength={200} value={step} onChange={(ev) => setStep(index, ev.target.value)} error={errors[`steps.${index}`] ?? null} announce={false} />
              {state.steps.length > 3 ? (
                <button type="button" className="button button--danger-quiet" onClick={() => set({ steps: state.steps.filter((_s, i) => i !== index) })}>{e.removeStep(index + 1)}</button>
              ) : null}
            </li>
          ))}
        </ol>
        {state.steps.length < 7 ? <button type="button" className="button button--secondary" onClick={() => set({ steps: [...state.steps, ''] })}>{e.addStep}</button> : null}
      </fieldset>
      <TextArea id="ex-breathing" label={e.breathing} rows={2} maxLength={300} value={state.breathing} onChange={(ev) => set({ breathing: ev.target.value })} error={errorOf(errors, 'breathing')} announce={false} />
      <TextArea id="ex-feel" label={e.feel} rows={2} maxLength={300} value={state.feel} onChange={(ev) => set({ feel: ev.target.value })} error={errorOf(errors, 'feel')} announce={false} />
      <TextArea id="ex-stop" label={e.stopIf} hint={e.stopIfHint} rows={2} maxLength={300} value={state.stopIf} onChange={(ev) => set({ stopIf: ev.target.value })} error={errorOf(errors, 'stopIf')} announce={false} />
      <VariantSelect id="ex-easier" label={e.easier} none={e.noVariant} value={state.easier} variants={variants} onChange={(easier) => set({ easier })} error={errorOf(errors, 'easier')} />
      <VariantSelect id="ex-harder" label={e.harder} none={e.noVariant} value={state.harder} variants={variants} onChange={(harder) => set({ harder })} error={errorOf(errors, 'harder')} />
      <VariantSelect id="ex-activity" label={e.activity} none={e.noActivity} value={state.activity} variants={LIKED_ACTIVITIES.map((a) => ({ id: a, name: m.activities[a] }))} onChange={(activity) => set({ activity: activity as EditorState['activity'] })} error={errorOf(errors, 'activity')} />
    </>
  );
}

function VariantSelect(props: { id: string; label: string; none: string; value: string; variants: readonly VariantChoice[]; onChange: (value: string) => void; error: string | null }) {
  const { id, label, none, value, variants, onChange, error } = props;
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">{label}</label>
      {error ? <p id={`${id}-error`} className="field__error">{error}</p> : null}
      <select id={id} className="field__input" value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined}>
        <option value="">{none}</option>
        {variants.map((v) => <option key={v.id} value={v.id}>{v.name}</option>)}
      </select>
    </div>
  );
}

/** Sets, repetitions, hold, minutes and each side. */
export function DoseFields({ state, errors, set }: FieldsProps) {
  const m = useMessages(exerciseMessages).editor;
  const number = (field: 'sets' | 'reps' | 'holdSeconds' | 'minutes') => (
    <TextField id={`ex-${field}`} className="dose-fields__field" label={m[field]} inputMode="numeric" pattern="[0-9]*" value={state[field]} onChange={(e) => set({ [field]: e.target.value })} error={errors[`dose.${field}`] ?? null} announce={false} />
  );
  return (
    <>
      <p id="ex-dose-intro">{m.doseIntro}</p>
      {errors.dose ? <p className="field__error">{errors.dose}</p> : null}
      <div className="dose-fields">
        {number('sets')}
        {number('reps')}
        {number('holdSeconds')}
        {number('minutes')}
      </div>
      <CheckboxGroup legend={m.sidesLegend} options={[{ value: 'perSide', label: m.perSide }]} value={state.perSide ? ['perSide'] : []} onChange={(next) => set({ perSide: next.length > 0 })} />
    </>
  );
}
