/**
 * The library's filters: words, kind of exercise, position, pain area, level and equipment.
 * Every control is a native one with a visible label, so each has a plain accessible name.
 */
import { useId, useRef, type FormEvent } from 'react';
import { PILLARS, POSITIONS } from '../../../core/library/exercise.js';
import { EQUIPMENT, PAIN_AREAS, type Equipment } from '../../../core/profile.js';
import { CheckboxGroup } from '../../components/ChoiceGroup.js';
import { SelectField } from '../../components/SelectField.js';
import { fetchProfile } from '../../hooks/useProfile.js';
import { useQuery } from '../../hooks/useQuery.js';
import { useMessages } from '../../i18n/useMessages.js';
import { useSession } from '../auth/session-context.js';
import { hasLibraryFilters, LEVELS, type LibraryFilter } from './library-filter.js';
import { libraryMessages } from './messages.js';

interface LibraryFiltersProps {
  filter: LibraryFilter;
  onChange: (next: LibraryFilter) => void;
}

const ANY = 'any';
type EquipmentChoice = 'any' | 'none' | 'have';

function equipmentChoice(equipment: LibraryFilter['equipment']): EquipmentChoice {
  if (equipment === undefined) return 'any';
  return equipment === 'none' ? 'none' : 'have';
}

/** Sets or clears one key of the filter ("any" clears it). */
function withKey<K extends keyof LibraryFilter>(
  filter: LibraryFilter,
  key: K,
  value: LibraryFilter[K] | undefined,
): LibraryFilter {
  const next = { ...filter };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

/** The filter form; changes apply at once, no submit button needed. */
export function LibraryFilters({ filter, onChange }: LibraryFiltersProps) {
  const m = useMessages(libraryMessages).filters;
  const names = useMessages(libraryMessages);
  const id = useId();
  const searchRef = useRef<HTMLInputElement>(null);
  const own = useOwnEquipment();
  const set = <K extends keyof LibraryFilter>(key: K, value: LibraryFilter[K] | undefined) =>
    onChange(withKey(filter, key, value));
  const chooseEquipment = (choice: EquipmentChoice) => {
    if (choice === 'any') set('equipment', undefined);
    else if (choice === 'none') set('equipment', 'none');
    else set('equipment', own ?? []);
  };
  const clear = () => {
    onChange({});
    searchRef.current?.focus();
  };
  const submit = (event: FormEvent) => event.preventDefault();
  const pillarOptions = [
    { key: ANY, value: undefined, label: m.allPillars },
    ...PILLARS.map((pillar) => ({ key: pillar, value: pillar, label: names.pillars[pillar] })),
  ];
  return (
    <div className="library-filters">
      <h2 id={`${id}-heading`} className="visually-hidden">
        {m.heading}
      </h2>
      <form role="search" aria-labelledby={`${id}-heading`} noValidate onSubmit={submit}>
        <div className="field library-filters__search">
          <label htmlFor={`${id}-q`} className="field__label">
            {m.search}
          </label>
          <p id={`${id}-q-hint`} className="field__hint">
            {m.searchHint}
          </p>
          <input
            ref={searchRef}
            id={`${id}-q`}
            type="search"
            className="field__input"
            autoComplete="off"
            enterKeyHint="search"
            maxLength={100}
            aria-describedby={`${id}-q-hint`}
            value={filter.q ?? ''}
            onChange={(event) => set('q', event.target.value || undefined)}
          />
        </div>
        <fieldset className="segmented">
          <legend className="field__label">{m.pillar}</legend>
          <div className="segmented__options">
            {pillarOptions.map((option) => (
              <label key={option.key} className="segmented__option">
                <input
                  type="radio"
                  className="segmented__input"
                  name={`${id}-pillar`}
                  value={option.key}
                  checked={filter.pillar === option.value}
                  onChange={() => set('pillar', option.value)}
                />
                <span className="segmented__label">
                  <span className="segmented__check" aria-hidden="true" />
                  {option.label}
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="library-filters__grid">
          <SelectField
            label={m.position}
            value={filter.position ?? ANY}
            options={[
              { value: ANY, label: m.anyPosition },
              ...POSITIONS.map((p) => ({ value: p, label: names.positions[p] })),
            ]}
            onChange={(value) => set('position', value === ANY ? undefined : value)}
          />
          <SelectField
            label={m.equipment}
            value={equipmentChoice(filter.equipment)}
            options={[
              { value: 'any', label: m.anyEquipment },
              { value: 'none', label: m.noEquipment },
              { value: 'have', label: m.onlyWhatIHave },
            ]}
            onChange={chooseEquipment}
          />
          <SelectField
            label={m.region}
            value={filter.region ?? ANY}
            options={[
              { value: ANY, label: m.anyRegion },
              ...PAIN_AREAS.map((area) => ({ value: area, label: names.regions[area] })),
            ]}
            onChange={(value) => set('region', value === ANY ? undefined : value)}
          />
          <SelectField
            label={m.level}
            value={filter.level === undefined ? ANY : String(filter.level)}
            options={[
              { value: ANY, label: m.anyLevel },
              ...LEVELS.map((level) => ({ value: String(level), label: names.levels[level] })),
            ]}
            onChange={(value) =>
              set(
                'level',
                LEVELS.find((level) => String(level) === value),
              )
            }
          />
        </div>
        {Array.isArray(filter.equipment) ? (
          <div className="library-filters__equipment">
            <CheckboxGroup<Equipment>
              legend={m.whatIHave}
              hint={m.whatIHaveHint}
              layout="row"
              options={EQUIPMENT.map((item) => ({
                value: item,
                label: names.equipmentNames[item],
              }))}
              value={filter.equipment}
              onChange={(next) => set('equipment', next)}
            />
          </div>
        ) : null}
        {hasLibraryFilters(filter) ? (
          <button type="button" className="button button--link" onClick={clear}>
            {m.clear}
          </button>
        ) : null}
      </form>
    </div>
  );
}

/** The equipment in the person's profile, when signed in and known; otherwise null. */
function useOwnEquipment(): readonly Equipment[] | null {
  const signedIn = useSession().session.status === 'signedIn';
  const query = useQuery(signedIn ? 'library:own-equipment' : 'library:signed-out', async () =>
    signedIn ? ((await fetchProfile())?.equipment ?? null) : null,
  );
  return query.status === 'success' ? query.data : null;
}
