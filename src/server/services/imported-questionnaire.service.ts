/**
 * The licensed questionnaires an admin imports as FHIR R4 files (issue 12): list, import (a file
 * Pacewise cannot render faithfully is refused with everything unsupported named), and retire.
 */
import { practice } from '../../core/access/policy.js';
import { AppError } from '../../core/errors.js';
import type { Unsupported } from '../../core/fhir/json.js';
import { parseQuestionnaire } from '../../core/fhir/questionnaire-import.js';
import type { z } from 'zod';
import type { ImportedQuestionnaire, ImportedQuestionnaireList } from '../../contract/questionnaire.js';
import type { ImportedQuestionnaireRecord } from '../../db/imported-questionnaire.repository.js';
import {
  findImportedQuestionnaire,
  insertImportedQuestionnaire,
  listImportedQuestionnaires,
  retireImportedQuestionnaire,
} from '../../db/imported-questionnaire.repository.js';
import { requireAccess } from '../access.js';
import type { Person, Services } from '../context.js';

type ImportedDto = z.infer<typeof ImportedQuestionnaire>;

function present(record: ImportedQuestionnaireRecord): ImportedDto {
  return {
    id: record.id,
    instrument: record.instrument,
    url: record.url,
    version: record.version,
    title: record.title,
    scoring: record.scoring,
    itemCount: record.itemCount,
    importedAt: record.importedAt,
    importedBy: record.importedByName,
  };
}

/** The refusal: a lead line, then each unsupported thing on a line of its own (the web lists them). */
export function refusalMessage(unsupported: readonly Unsupported[]): string {
  const lines = unsupported.map((u) => `- ${u.path}: ${u.what}`);
  return ['Pacewise cannot show this file as it is written. It uses things Pacewise does not support:', ...lines].join('\n');
}

/** The questionnaires the practice offers (retired ones are left out). */
export async function listImported(services: Services, actor: Person): Promise<z.infer<typeof ImportedQuestionnaireList>> {
  await requireAccess(services, actor, practice('import_questionnaires'), actor.id);
  const records = await listImportedQuestionnaires(services.db, { includeRetired: false });
  return { items: records.map(present) };
}

/** Import a FHIR R4 Questionnaire: stored with the form made from it, or refused (422) naming what is unsupported. */
export async function importQuestionnaire(services: Services, actor: Person, resource: unknown): Promise<ImportedDto> {
  await requireAccess(services, actor, practice('import_questionnaires'), actor.id);
  const id = services.newId();
  const parsed = parseQuestionnaire(resource, id);
  if (!parsed.ok) throw new AppError('unacceptable', refusalMessage(parsed.unsupported), parsed.unsupported[0]?.path);
  const offered = await listImportedQuestionnaires(services.db, { includeRetired: false });
  if (parsed.url !== null && offered.some((q) => q.url === parsed.url && q.version === parsed.version)) {
    throw new AppError('conflict', `This questionnaire (${parsed.url}, version ${parsed.version || 'none'}) is already imported.`, 'url');
  }
  await insertImportedQuestionnaire(services.db, {
    id,
    url: parsed.url,
    version: parsed.version,
    title: parsed.title,
    resource,
    form: parsed.form,
    scoring: parsed.scoring,
    itemCount: parsed.itemCount,
    importedBy: actor.id,
    at: services.clock.now(),
  });
  const stored = await findImportedQuestionnaire(services.db, id);
  if (!stored) throw new Error('an imported questionnaire was not stored');
  return present(stored);
}

/** Stop offering an imported questionnaire; answers already given keep their form. */
export async function retireQuestionnaire(services: Services, actor: Person, id: string): Promise<void> {
  await requireAccess(services, actor, practice('import_questionnaires'), actor.id);
  const retired = await retireImportedQuestionnaire(services.db, id, services.clock.now());
  if (!retired) throw new AppError('not_found', 'We could not find that questionnaire.');
}
