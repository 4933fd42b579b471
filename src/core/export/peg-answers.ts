/**
 * The weekly PEG as answers of the `peg` instrument (items `pain`, `enjoyment`, `activity`, as the
 * migration that moved stored PEGs wrote them), and back to the check-in's three numbers.
 */

/** The three 0-10 numbers of a PEG. */
export interface PegValues {
  pain: number;
  enjoyment: number;
  activity: number;
}

/** An answer as stored. */
export interface PegAnswer {
  linkId: string;
  value: number | null;
  code: string | null;
  label: string | null;
}

/** The PEG's three answers. */
export function pegAnswersOf(peg: PegValues): PegAnswer[] {
  const answer = (linkId: string, value: number) => ({ linkId, value, code: null, label: null });
  return [answer('pain', peg.pain), answer('enjoyment', peg.enjoyment), answer('activity', peg.activity)];
}

/** The PEG's three numbers from its answers, or null when one is missing or skipped. */
export function pegValuesOf(answers: readonly PegAnswer[]): PegValues | null {
  const valueOf = (linkId: string) => answers.find((a) => a.linkId === linkId)?.value ?? null;
  const [pain, enjoyment, activity] = [valueOf('pain'), valueOf('enjoyment'), valueOf('activity')];
  return pain === null || enjoyment === null || activity === null ? null : { pain, enjoyment, activity };
}
