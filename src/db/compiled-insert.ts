/**
 * Inserts one row through SQL that Kysely compiled once for its table, columns and conflict
 * rule. Building and compiling the same insert for every request cost about a tenth of a
 * check-in write (issue 16, the write path); the SQL of a given shape never changes, only the
 * values do.
 */
import { CompiledQuery, type Kysely, type Transaction } from 'kysely';
import type { Database } from './schema.js';

type Table = keyof Database & string;
type Executor = Kysely<Database> | Transaction<Database>;

/** The shape of an insert: its SQL and the columns whose values it takes, in order. */
interface InsertShape {
  sql: string;
  columns: readonly string[];
}

/** Per dialect: a Kysely instance compiles for its own database (`?` or `$1`). */
const shapesByDialect = new WeakMap<object, Map<string, InsertShape | 'not_cacheable'>>();

/**
 * Inserts `row` into `table`, doing nothing when it conflicts on `conflictColumns`; true when a
 * row was written. The first insert of a shape is built by Kysely as usual and its SQL kept;
 * later ones run that SQL with their own values.
 */
export async function insertRowUnlessConflict<T extends Table>(
  db: Executor,
  table: T,
  row: Readonly<Record<string, unknown>>,
  conflictColumns: readonly string[],
): Promise<boolean> {
  const columns = Object.keys(row).filter((column) => row[column] !== undefined);
  const key = `${table}\n${columns.join(',')}\n${conflictColumns.join(',')}`;
  const shapes = shapesOf(db);
  const shape = shapes.get(key);
  if (shape !== undefined && shape !== 'not_cacheable') {
    const result = await db.executeQuery(CompiledQuery.raw(shape.sql, columns.map((column) => row[column])));
    return Number(result.numAffectedRows ?? 0n) === 1;
  }
  const query = db
    .insertInto(table)
    .values(row as never)
    .onConflict((oc) => oc.columns(conflictColumns as never).doNothing());
  if (shape === undefined) shapes.set(key, cacheableShape(query.compile(), columns, row));
  const result = await query.executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
}

function shapesOf(db: Executor): Map<string, InsertShape | 'not_cacheable'> {
  // Transactions share their database's adapter: key by the executor's adapter.
  const adapter = db.getExecutor().adapter as object;
  let shapes = shapesByDialect.get(adapter);
  if (!shapes) {
    shapes = new Map();
    shapesByDialect.set(adapter, shapes);
  }
  return shapes;
}

/** Kept only when the compiled parameters are exactly the row's values in column order. */
function cacheableShape(compiled: CompiledQuery, columns: readonly string[], row: Readonly<Record<string, unknown>>): InsertShape | 'not_cacheable' {
  const parameters = compiled.parameters;
  const same = parameters.length === columns.length && columns.every((column, index) => Object.is(parameters[index], row[column]));
  return same ? { sql: compiled.sql, columns } : 'not_cacheable';
}
