/**
 * A 95 % interval drawn on a shared scale of pain points: the range as a bar, the estimate as a
 * dot, zero as a line. Not a chart of data over time, so plain SVG; hidden from assistive
 * technology because the sentence above it says the same in words.
 */
import { useMessages } from '../../i18n/useMessages.js';
import { insightsMessages } from './messages.js';
import { positionOf, type EffectView, type PatternStanding } from './pattern-view.js';

interface IntervalBarProps {
  view: EffectView;
  effect: number;
  half: number;
  standing: PatternStanding;
}

const pct = (n: number) => `${n}%`;

/** The bar, its ticks at every whole point, and the scale's ends in words. */
export function IntervalBar({ view, effect, half, standing }: IntervalBarProps) {
  const m = useMessages(insightsMessages).patterns.scale;
  const low = positionOf(view.low, half);
  const high = positionOf(view.high, half);
  const ticks = Array.from({ length: 2 * half + 1 }, (_, i) => positionOf(i - half, half));
  return (
    <div className={`interval interval--${standing}`} aria-hidden="true">
      <svg className="interval__svg" width="100%" height="28" overflow="visible" focusable="false">
        <line className="interval__track" x1="0%" x2="100%" y1="14" y2="14" />
        {ticks.map((x) => (
          <line key={x} className="interval__tick" x1={pct(x)} x2={pct(x)} y1="9" y2="19" />
        ))}
        <line className="interval__zero" x1="50%" x2="50%" y1="2" y2="26" />
        <rect
          className="interval__range"
          x={pct(low)}
          width={pct(Math.max(0.5, high - low))}
          y="8"
          height="12"
          rx="6"
        />
        <circle className="interval__effect" cx={pct(positionOf(effect, half))} cy="14" r="6" />
      </svg>
      <div className="interval__labels">
        <span>
          {`−${half}`}
          <br />
          {m.lower}
        </span>
        <span>
          0
          <br />
          {m.zero}
        </span>
        <span>
          {`+${half}`}
          <br />
          {m.higher}
        </span>
      </div>
    </div>
  );
}
