/**
 * The FHIR R4 Questionnaires an admin imported (issue 12). Rows are decoded once here: the form
 * Pacewise renders is parsed with the contract's schema; the file itself stays as imported.
 */
import type { Kysely, Selectable } from 'kysely';
import { FormDefinitionSchema } from '../contract/questionnaire.js';
import type { FormDefinition, InstrumentKey, PromisForm } from '../core/questionnaires/types.js';
import { importedInstrumentKey, PROMIS_FORMS } from '../core/questionnaires/types.js';
import type { Database, ImportedQuestionnairesTable } from './schema.js';

/** An imported questionnaire, decoded. */
export interface ImportedQuestionnaireRecord {
  id: string;
  instrument: InstrumentKey;
  url: string | null;
  version: string;
  title: string;
  form: FormDefinition;
  scoring: PromisForm | null;
  itemCount: number;
  importedBy: string;
  importedByName: string | null;
  importedAt: string;
  retiredAt: string | null;
}

/** What is stored when a file is imported. */
export interface ImportedQuestionnaireWrite {
  id: string;
  url: string | null;
  version: string;
  title: string;
  /** The file as imported. */
  resource: unknown;
  form: FormDefinition;
  scoring: PromisForm | null;
  itemCount: number;
  importedBy: string;
  at: string;
}

type Row = Selectable<ImportedQuestionnairesTable> & { importer_name: string | null };

function decode(row: Row): ImportedQuestionnaireRecord {
  const scoring = (PROMIS_FORMS as readonly string[]).includes(row.scoring ?? '') ? (row.scoring as PromisForm) : null;
  return {
    id: row.id,
    instrument: importedInstrumentKey(row.id),
    url: row.url,
    version: row.version,
    title: row.title,
    form: FormDefinitionSchema.parse(JSON.parse(row.form)) as FormDefinition,
    scoring,
    itemCount: row.item_count,
    importedBy: row.imported_by,
    importedByName: row.importer_name,
    importedAt: row.imported_at,
    retiredAt: row.retired_at,
  };
}

function query(db: Kysely<Database>) {
  return db
    .selectFrom('imported_questionnaires as q')
    .leftJoin('users as u', 'u.id', 'q.imported_by')
    .selectAll('q')
    .select('u.name as importer_name');
}

/** Store an imported file and the form made from it. */
export async function insertImportedQuestionnaire(db: Kysely<Database>, write: ImportedQuestionnaireWrite): Promise<void> {
  await db
    .insertInto('imported_questionnaires')
    .values({
      id: write.id,
      url: write.url,
      version: write.version,
      title: write.title,
      resource: JSON.stringify(write.resource),
      form: JSON.stringify(write.form),
      scoring: write.scoring,
      item_count: write.itemCount,
      imported_by: write.importedBy,
      imported_at: write.at,
      retired_at: null,
    })
    .execute();
}

/** One imported questionnaire by id (retired ones too, so old answers keep their form), or null. */
export async function findImportedQuestionnaire(db: Kysely<Database>, id: string): Promise<ImportedQuestionnaireRecord | null> {
  const row = await query(db).where('q.id', '=', id).executeTakeFirst();
  return row ? decode(row) : null;
}

/** Every imported questionnaire, oldest first; retired ones only when asked. */
export async function listImportedQuestionnaires(db: Kysely<Database>, options: { includeRetired: boolean }): Promise<ImportedQuestionnaireRecord[]> {
  let q = query(db).orderBy('q.imported_at').orderBy('q.id');
  if (!options.includeRetired) q = q.where('q.retired_at', 'is', null);
  return (await q.execute()).map(decode);
}

/** Stop offering an imported questionnaire; false when there is none to retire. */
export async function retireImportedQuestionnaire(db: Kysely<Database>, id: string, at: string): Promise<boolean> {
  const result = await db.updateTable('imported_questionnaires').set({ retired_at: at }).where('id', '=', id).where('retired_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
