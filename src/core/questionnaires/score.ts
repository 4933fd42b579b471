/**
 * Scoring an answer set by its instrument's rule: one item's value, the mean of the answered items,
 * or a PROMIS short form keyed by item id (never by linkId or position).
 */
import { scorePromis } from './promis/score.js';
import type { Answer, Instrument, Score, ScoringRule } from './types.js';

const UNSCORED = { value: null, se: null, raw: null, method: null } as const;

function scoreSingle(linkId: string, answers: readonly Answer[]): Score {
  const value = answers.find((a) => a.linkId === linkId)?.value ?? null;
  return value === null ? { ...UNSCORED, answered: 0, of: 1 } : { value, se: null, raw: null, method: 'single', answered: 1, of: 1 };
}

function scoreMean(decimals: number, answers: readonly Answer[]): Score {
  const values = answers.flatMap((a) => (a.value === null ? [] : [a.value]));
  const base = { answered: values.length, of: answers.length };
  if (values.length === 0) return { ...UNSCORED, ...base };
  const factor = 10 ** decimals;
  const mean = Math.round((values.reduce((s, v) => s + v, 0) / values.length) * factor) / factor;
  // Answers are checked against their form; a stored value out of any scale is no score, never Infinity.
  if (!Number.isFinite(mean)) return { ...UNSCORED, ...base };
  return { ...base, value: mean, se: null, raw: null, method: 'mean' };
}

function scorePromisRule(rule: Extract<ScoringRule, { kind: 'promis' }>, answers: readonly Answer[]): Score {
  const itemIds = rule.itemIds ?? {};
  const byItemId = new Map<string, number | null>();
  for (const a of answers) {
    const id = itemIds[a.linkId];
    if (id) byItemId.set(id, a.value);
  }
  return scorePromis(rule.form, byItemId);
}

/** Score an answer set (already checked against its form). */
export function scoreAnswers(instrument: Instrument, answers: readonly Answer[]): Score {
  const rule = instrument.scoring;
  switch (rule.kind) {
    case 'single':
      return scoreSingle(rule.linkId, answers);
    case 'mean':
      return scoreMean(rule.decimals, answers);
    case 'promis':
      return scorePromisRule(rule, answers);
    case 'none':
      return { ...UNSCORED, answered: answers.filter((a) => a.value !== null).length, of: answers.length };
  }
}
