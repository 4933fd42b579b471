/**
 * An instrument's history: each answer set scored, sorted by day, with its change against the
 * first scored one, the meaningful-change mark and whether it is better or worse. A global
 * impression is itself a change, so each of its points is marked from the rating. PSFS keeps each
 * activity's own ratings by its label.
 */
import type { LocalDate } from '../calendar.js';
import { directionOfChange, markChange, markRating, meaningfulPoints } from './change.js';
import { scoreAnswers } from './score.js';
import type { ChangeMark, Direction, Instrument, InstrumentKey, ItemText, Score, StoredResponse } from './types.js';

/** One point of a history (the contract's HistoryPoint). */
export interface HistoryPointValue {
  responseId: string;
  localDate: LocalDate;
  score: Score;
  change: number | null;
  mark: ChangeMark | null;
  direction: 'better' | 'worse' | 'same' | null;
}

/** One instrument's history (the contract's InstrumentHistory). */
export interface InstrumentHistoryValue {
  instrument: InstrumentKey;
  title: ItemText;
  direction: Direction;
  meaningfulChange: number | null;
  points: HistoryPointValue[];
  activities: { label: string; points: { localDate: LocalDate; value: number }[] }[];
}

function byDay(a: StoredResponse, b: StoredResponse): number {
  if (a.localDate !== b.localDate) return a.localDate < b.localDate ? -1 : 1;
  return a.at < b.at ? -1 : a.at > b.at ? 1 : 0;
}

function ratingPoint(instrument: Instrument, response: StoredResponse, score: Score): HistoryPointValue {
  const m = instrument.meaningfulChange;
  const value = score.value;
  const base = { responseId: response.id, localDate: response.localDate, score, change: null };
  if (m.kind !== 'rating' || value === null) return { ...base, mark: null, direction: null };
  const noChange = m.noChange ?? 4;
  return { ...base, mark: markRating(m, value), direction: directionOfChange(instrument.direction, value - noChange) };
}

function changePoints(instrument: Instrument, scored: readonly { response: StoredResponse; score: Score }[]): HistoryPointValue[] {
  const first = scored.find((s) => s.score.value !== null)?.score.value ?? null;
  let seenFirst = false;
  return scored.map(({ response, score }) => {
    const base = { responseId: response.id, localDate: response.localDate, score };
    if (score.value === null || first === null || !seenFirst) {
      seenFirst ||= score.value !== null;
      return { ...base, change: null, mark: null, direction: null };
    }
    const change = Math.round((score.value - first) * 100) / 100;
    return { ...base, change, mark: markChange(instrument.meaningfulChange, change), direction: directionOfChange(instrument.direction, change) };
  });
}

function activitiesOf(responses: readonly StoredResponse[]): InstrumentHistoryValue['activities'] {
  const byLabel = new Map<string, { localDate: LocalDate; value: number }[]>();
  for (const r of responses) {
    for (const a of r.answers) {
      if (a.label === null || a.value === null) continue;
      const list = byLabel.get(a.label) ?? [];
      list.push({ localDate: r.localDate, value: a.value });
      byLabel.set(a.label, list);
    }
  }
  return [...byLabel].map(([label, points]) => ({ label, points }));
}

/** The history of one instrument from its stored answer sets (others are ignored). */
export function buildHistory(instrument: Instrument, responses: readonly StoredResponse[]): InstrumentHistoryValue {
  const own = responses.filter((r) => r.instrument === instrument.key).sort(byDay);
  const scored = own.map((response) => ({ response, score: scoreAnswers(instrument, response.answers) }));
  const points =
    instrument.meaningfulChange.kind === 'rating'
      ? scored.map(({ response, score }) => ratingPoint(instrument, response, score))
      : changePoints(instrument, scored);
  return {
    instrument: instrument.key,
    title: instrument.title,
    direction: instrument.direction,
    meaningfulChange: meaningfulPoints(instrument.meaningfulChange),
    points,
    activities: instrument.key === 'psfs' ? activitiesOf(own) : [],
  };
}
