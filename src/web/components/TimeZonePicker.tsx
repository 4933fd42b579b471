/**
 * Choosing a time zone by searching for a city, a region or an offset ("+5:30"), with today's
 * names of places (Kolkata, Kyiv), one tap for this device's zone, and the choice always shown.
 */
import { useId, useMemo, useState } from 'react';
import { describeZone, searchZones, zoneChoices, type ZoneChoice } from '../../core/time-zones.js';
import { useMessages } from '../i18n/useMessages.js';
import { deviceTimeZone } from '../lib/device-time-zone.js';
import { sharedMessages } from './messages.js';

interface TimeZonePickerProps {
  value: string;
  onChange: (zone: string) => void;
  error?: string | null;
}

function runtimeZones(): string[] {
  return typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
}

/** A search box over every zone, the chosen zone in words, and this device's zone in one tap. */
export function TimeZonePicker({ value, onChange, error = null }: TimeZonePickerProps) {
  const m = useMessages(sharedMessages).timeZone;
  const id = useId();
  const [query, setQuery] = useState('');
  const [now] = useState(() => Date.now());
  const choices = useMemo(() => zoneChoices(runtimeZones(), value, now), [value, now]);
  const found = useMemo(() => searchZones(choices, query), [choices, query]);
  const chosen = describeZone(value, now);
  const device = deviceTimeZone();
  const describe = (choice: ZoneChoice) => m.place(choice.city, choice.region, choice.offset);
  return (
    <fieldset className="zone-picker" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="field__label">{m.label}</legend>
      <p className="field__hint">{m.hint}</p>
      <p className="zone-picker__chosen" aria-live="polite">
        {m.chosen(describe(chosen))}
      </p>
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
      {device && device !== value ? (
        <button type="button" className="button button--secondary" onClick={() => onChange(device)}>
          {m.useDevice(describe(describeZone(device, now)))}
        </button>
      ) : null}
      <label htmlFor={`${id}-search`} className="field__label zone-picker__search-label">
        {m.searchLabel}
      </label>
      <input
        id={`${id}-search`}
        type="search"
        className="field__input"
        autoComplete="off"
        spellCheck={false}
        value={query}
        aria-describedby={`${id}-count`}
        onChange={(event) => setQuery(event.target.value)}
      />
      <p id={`${id}-count`} className="field__hint" role="status">
        {query.trim() === '' ? m.searchHint : found.length === 0 ? m.noMatch : m.matches(found.length)}
      </p>
      {found.length > 0 ? (
        <ul className="zone-picker__results">
          {found.map((choice) => (
            <li key={choice.value}>
              <button
                type="button"
                className="zone-picker__choice"
                aria-pressed={choice.value === value}
                onClick={() => onChange(choice.value)}
              >
                <span className="zone-picker__city">{choice.city}</span>{' '}
                <span className="zone-picker__detail">{m.detail(choice.region, choice.offset)}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </fieldset>
  );
}
