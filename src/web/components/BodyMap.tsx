/**
 * The body picture: front and back views where each pain area is a checkbox (tap, click, Space
 * or Enter), labelled in visible text, plus a "pain all over" toggle and a list of the choices.
 * The journal offers the head too, and may show each chosen region's own number beside its name.
 */
import { useId, type KeyboardEvent } from 'react';
import type { JournalRegion } from '../../core/journal/detail.js';
import { PAIN_AREAS, type PainArea } from '../../core/profile.js';
import { useMessages } from '../i18n/useMessages.js';
import {
  BACK_MIRRORS,
  BACK_REGIONS,
  FRONT_MIRRORS,
  FRONT_REGIONS,
  LINE_HEIGHT,
  SILHOUETTE,
  labelBaseline,
  labelLines,
  labelTarget,
  splitBySide,
  VIEW_BOX,
  type RegionDrawing,
  type Shape,
} from './body-map-shapes.js';
import { sharedMessages } from './messages.js';

interface BodyMapProps<T extends JournalRegion> {
  legend: string;
  value: readonly T[];
  onChange: (next: T[]) => void;
  /** The areas offered, in order (the intake's areas unless given; the journal adds the head). */
  areas?: readonly T[];
  /** A number shown beside a chosen area's name (the journal's pain per region). */
  numbers?: Partial<Record<JournalRegion, number>>;
}

/** Pain areas chosen on a body picture; the order of `areas` is kept. */
export function BodyMap<T extends JournalRegion = PainArea>(props: BodyMapProps<T>) {
  const { legend, value, onChange, numbers = {} } = props;
  const m = useMessages(sharedMessages);
  const id = useId();
  const offered: readonly JournalRegion[] = props.areas ?? PAIN_AREAS;
  const chosen: readonly JournalRegion[] = value;
  const toggle = (area: JournalRegion) => {
    const on = !chosen.includes(area);
    onChange(offered.filter((a): a is T => (a === area ? on : chosen.includes(a))));
  };
  const names = offered.filter((a) => chosen.includes(a)).map((a) => m.painAreas[a]);
  const isOffered = (region: { area: JournalRegion }) => offered.includes(region.area);
  const view = { value: chosen, numbers, onToggle: toggle };
  return (
    <fieldset className="body-map" aria-describedby={`${id}-how`}>
      <legend className="choice-group__legend">{legend}</legend>
      <p id={`${id}-how`} className="field__hint">
        {m.bodyMap.instructions}
      </p>
      <div className="body-map__views">
        <BodyView
          label={m.bodyMap.front}
          caption={m.bodyMap.frontCaption}
          regions={FRONT_REGIONS.filter(isOffered)}
          mirrors={FRONT_MIRRORS.filter(isOffered)}
          {...view}
        />
        <BodyView
          label={m.bodyMap.back}
          caption={m.bodyMap.backCaption}
          regions={BACK_REGIONS.filter(isOffered)}
          mirrors={BACK_MIRRORS.filter(isOffered)}
          {...view}
        />
      </div>
      <label className="choice body-map__widespread">
        <input
          type="checkbox"
          className="choice__input"
          checked={chosen.includes('widespread')}
          onChange={() => toggle('widespread')}
        />
        <span className="choice__text">{m.painAreas.widespread}</span>
      </label>
      <p className="body-map__selected" aria-live="polite">
        {names.length > 0 ? m.bodyMap.selected(m.listJoin(names)) : m.bodyMap.noneSelected}
      </p>
    </fieldset>
  );
}

interface BodyViewProps {
  label: string;
  caption: string;
  regions: RegionDrawing[];
  mirrors: { area: RegionDrawing['area']; shapes: Shape[] }[];
  value: readonly JournalRegion[];
  numbers: Partial<Record<JournalRegion, number>>;
  onToggle: (area: JournalRegion) => void;
}

function BodyView({ label, caption, regions, mirrors, value, numbers, onToggle }: BodyViewProps) {
  return (
    <div className="body-map__view">
      <p className="body-map__caption" aria-hidden="true">
        {caption}
      </p>
      <svg
        viewBox={`0 0 ${VIEW_BOX.width} ${VIEW_BOX.height}`}
        role="group"
        aria-label={label}
        className="body-map__svg"
      >
        <g aria-hidden="true" className="body-map__silhouette">
          {SILHOUETTE.map((shape, i) => renderShape(shape, i))}
        </g>
        {[...mirrors, ...regions.map((r) => ({ area: r.area, shapes: splitBySide(r).far }))].map(
          ({ area, shapes }, index) => (
            <g
              key={`${area}-${index}`}
              aria-hidden="true"
              className={`body-region body-region--mirror${value.includes(area) ? ' is-selected' : ''}`}
              onClick={() => onToggle(area)}
            >
              {shapes.map((shape, i) => renderShape(shape, i, 'body-region__shape'))}
            </g>
          ),
        )}
        {regions.map((region) => (
          <Region
            key={region.area}
            region={region}
            selected={value.includes(region.area)}
            number={numbers[region.area]}
            onToggle={onToggle}
          />
        ))}
      </svg>
    </div>
  );
}

interface RegionProps {
  region: RegionDrawing;
  selected: boolean;
  number: number | undefined;
  onToggle: (area: JournalRegion) => void;
}

function Region({ region, selected, number, onToggle }: RegionProps) {
  const m = useMessages(sharedMessages);
  const name = m.painAreas[region.area];
  const shown = selected && number !== undefined ? m.bodyMap.withNumber(name, number) : name;
  const lines = labelLines(shown, selected && number === undefined ? m.bodyMap.selectedMark : null);
  const target = labelTarget(region, lines.length);
  const baseline = labelBaseline(region, lines.length);
  const { x, side } = region.label;
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    if (event.key !== ' ' && event.key !== 'Enter') return;
    event.preventDefault();
    onToggle(region.area);
  };
  const [x1, y1, x2, y2] = region.leader;
  return (
    <g
      role="checkbox"
      aria-checked={selected}
      aria-label={shown}
      tabIndex={0}
      className={`body-region${selected ? ' is-selected' : ''}`}
      onClick={() => onToggle(region.area)}
      onKeyDown={onKeyDown}
    >
      <rect className="body-region__hit" x={target.x} y={target.y} width={target.width} height={target.height} rx={6} />
      <line className="body-region__bridge" x1={x1} y1={y1} x2={x2} y2={y2} />
      <line className="body-region__leader" x1={x1} y1={y1} x2={x2} y2={y2} />
      {splitBySide(region).near.map((shape, i) => renderShape(shape, i, 'body-region__shape'))}
      <text
        className="body-region__label"
        x={x}
        y={baseline}
        textAnchor={side === 'left' ? 'start' : 'end'}
      >
        {lines.map((line, i) => (
          <tspan key={line} x={x} dy={i === 0 ? 0 : LINE_HEIGHT}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}

function renderShape(shape: Shape, key: number, className?: string) {
  switch (shape.kind) {
    case 'ellipse':
      return (
        <ellipse
          key={key}
          className={className}
          cx={shape.cx}
          cy={shape.cy}
          rx={shape.rx}
          ry={shape.ry}
        />
      );
    case 'rect':
      return (
        <rect
          key={key}
          className={className}
          x={shape.x}
          y={shape.y}
          width={shape.width}
          height={shape.height}
          rx={shape.r}
        />
      );
    case 'path':
      return <path key={key} className={className} d={shape.d} />;
  }
}
