/** The range of days the page looks at: 30, 90 or 180, as a row of radio buttons. */
import { useId } from 'react';
import { useMessages } from '../../i18n/useMessages.js';
import { INSIGHT_RANGES, type InsightRange } from './insights-range.js';
import { insightsMessages } from './messages.js';

interface RangeControlProps {
  value: InsightRange;
  onChange: (days: InsightRange) => void;
}

/** A segmented control; changing it loads the insights for the new range. */
export function RangeControl({ value, onChange }: RangeControlProps) {
  const m = useMessages(insightsMessages).range;
  const id = useId();
  return (
    <fieldset className="segmented insights-range insights-no-print">
      <legend className="field__label">{m.legend}</legend>
      <div className="segmented__options">
        {INSIGHT_RANGES.map((days) => (
          <label key={days} className="segmented__option">
            <input
              type="radio"
              className="segmented__input"
              name={`${id}-days`}
              value={days}
              checked={value === days}
              onChange={() => onChange(days)}
            />
            <span className="segmented__label">
              <span className="segmented__check" aria-hidden="true" />
              {m.option(days)}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
