/**
 * An instrument a practice imported as a FHIR Questionnaire (its text is the file's own). Scored
 * as a PROMIS short form when its item codes make one, else stored and not scored. Asked only when
 * a clinician assigns it.
 */
import { promisDirection, promisMeaningfulChange, promisScoringOf } from '../promis/forms.js';
import { importedInstrumentKey, type FormDefinition, type Instrument, type PromisForm } from '../types.js';

/** What the imported-questionnaire repository holds about one file. */
export interface ImportedRecord {
  id: string;
  version: string;
  title: string;
  form: FormDefinition;
  scoring: PromisForm | null;
  itemCount: number;
}

/** An imported Questionnaire as an instrument. */
export function instrumentOfImported(record: ImportedRecord): Instrument {
  const promis = record.scoring ? promisScoringOf(record.form) : null;
  const scored = promis && promis.form === record.scoring ? promis : null;
  return {
    key: importedInstrumentKey(record.id),
    version: record.version,
    title: { literal: record.title },
    codes: record.form.codes,
    scoring: scored ? { kind: 'promis', form: scored.form, itemIds: scored.itemIds } : { kind: 'none' },
    direction: scored ? promisDirection(scored.form) : 'lower_is_better',
    meaningfulChange: scored ? promisMeaningfulChange(scored.form) : { kind: 'none' },
    schedule: { everyDays: null, insideCheckin: false },
    itemCount: record.itemCount,
  };
}
