/**
 * Scoring a PROMIS short form from answers keyed by item id: the summed-score table (memoised per
 * form) when every item is answered, the response-pattern EAP when some are skipped, and no score
 * when fewer than half are answered. T and SE are rounded to 1 decimal.
 */
import type { PromisForm, Score } from '../types.js';
import { PROMIS_FORM_ITEMS } from './forms.js';
import { buildQuadrature, itemCurves, patternEstimate, summedScoreTable, type Quadrature } from './irt.js';
import { ITEM_PARAMETERS, type ItemParameters } from './parameters.js';

let quadrature: Quadrature | null = null;
const tables = new Map<PromisForm, readonly PromisTableRow[]>();

/** One row of a summed-score table. */
export interface PromisTableRow {
  raw: number;
  t: number;
  se: number;
}

function grid(): Quadrature {
  quadrature ??= buildQuadrature();
  return quadrature;
}

function parametersOf(id: string): ItemParameters {
  const p = ITEM_PARAMETERS[id];
  if (!p) throw new Error(`No PROMIS parameters for ${id}`);
  return p;
}

const curves = new Map<string, Float64Array[]>();

function curvesOf(id: string): Float64Array[] {
  let c = curves.get(id);
  if (!c) {
    c = itemCurves(parametersOf(id), grid());
    curves.set(id, c);
  }
  return c;
}

/** The form's summed-score table, index raw − items (computed once per form). */
export function promisTable(form: PromisForm): readonly PromisTableRow[] {
  let table = tables.get(form);
  if (!table) {
    const rows = summedScoreTable(PROMIS_FORM_ITEMS[form].map(parametersOf), grid());
    table = rows.map((r) => ({ raw: r.raw, t: round1(r.estimate.t), se: round1(r.estimate.se) }));
    tables.set(form, table);
  }
  return table;
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/** A valid PROMIS category (a whole number 1-5), else null. */
function categoryOf(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5 ? value : null;
}

function answeredItems(form: PromisForm, byItemId: ReadonlyMap<string, number | null>): { id: string; category: number }[] {
  return PROMIS_FORM_ITEMS[form].flatMap((id) => {
    const category = categoryOf(byItemId.get(id));
    return category === null ? [] : [{ id, category }];
  });
}

/** The response-pattern (EAP) score of whatever items were answered, complete or not. */
export function scorePromisPattern(form: PromisForm, byItemId: ReadonlyMap<string, number | null>): Score {
  const answered = answeredItems(form, byItemId);
  const raw = answered.reduce((s, a) => s + a.category, 0);
  const estimate = patternEstimate(
    answered.map((a) => ({ curves: curvesOf(a.id), category: a.category })),
    grid(),
  );
  return { value: round1(estimate.t), se: round1(estimate.se), raw, method: 'response_pattern', answered: answered.length, of: PROMIS_FORM_ITEMS[form].length };
}

/** Score a PROMIS form from each item id's category (1-5; missing or null when skipped). */
export function scorePromis(form: PromisForm, byItemId: ReadonlyMap<string, number | null>): Score {
  const items = PROMIS_FORM_ITEMS[form];
  const answered = answeredItems(form, byItemId);
  if (answered.length * 2 < items.length) return { value: null, se: null, raw: null, method: null, answered: answered.length, of: items.length };
  if (answered.length < items.length) return scorePromisPattern(form, byItemId);
  const raw = answered.reduce((s, a) => s + a.category, 0);
  const row = promisTable(form)[raw - items.length]!;
  return { value: row.t, se: row.se, raw, method: 'summed_table', answered: answered.length, of: items.length };
}
