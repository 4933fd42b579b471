// The prescription and programme repositories on every database kind: adjustments decoded once
// with the contract's schema, read back oldest first (a batch in the order given), ended once and
// kept; programmes visible to their author and, when shared, to the practice; and the read of a
// prescription in force answered from its partial index.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Adjustment } from '../core/prescription/types.js';
import type { DatabaseHandle } from './connect.js';
import { endAdjustment, insertAdjustments, listAdjustmentsInForce } from './prescription.repository.js';
import { deleteProgramme, findVisibleProgramme, insertProgramme, listVisibleProgrammes, updateProgramme } from './programme.repository.js';
import { testDatabaseKinds } from './testing.js';

const T0 = '2026-11-01T08:00:00.000Z';
const SET_BY = { clinicianId: 'lena', name: 'Lena', on: '2026-11-01', at: T0 };
const exclude = (id: string): Adjustment => ({ id, kind: 'exclude', exerciseId: 'bridge', setBy: SET_BY, reason: null });
const PROGRAMME = {
  name: 'Knee OA, weeks 1-4', description: null, shared: false, weeklyRise: 0.05,
  items: [{ exerciseId: 'sit-to-stand', days: [1, 3, 5] as (1 | 3 | 5)[], dose: { reps: 8 } }],
};

describe.each(testDatabaseKinds())('prescription repositories on $name', (kind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await kind.open();
    for (const [id, name] of [['lena', 'Lena'], ['omar', 'Omar']]) {
      await handle.db.insertInto('users').values({ id: id ?? '', email: `${id}@example.org`, password_hash: 'h', name, role: 'clinician', time_zone: 'UTC', created_at: T0, updated_at: T0 }).execute();
    }
  });
  afterAll(async () => handle.close());

  it('reads the adjustments in force oldest first, a batch in the order given, each decoded whole', async () => {
    const batch = ['c', 'a', 'b'].map((id) => ({ patientId: 'maya', clinicianId: 'lena', adjustment: exclude(id), createdAt: T0 }));
    await insertAdjustments(handle.db, batch);
    await insertAdjustments(handle.db, [{ patientId: 'walter', clinicianId: 'lena', adjustment: exclude('w'), createdAt: T0 }]);
    expect(await listAdjustmentsInForce(handle.db, 'maya')).toEqual([exclude('c'), exclude('a'), exclude('b')]);
  });

  it('ends an adjustment once, and only the patient’s own', async () => {
    expect(await endAdjustment(handle.db, 'maya', 'w', T0, 'lena')).toBe(false);
    expect(await endAdjustment(handle.db, 'maya', 'a', T0, 'lena')).toBe(true);
    expect(await endAdjustment(handle.db, 'maya', 'a', T0, 'lena')).toBe(false);
    expect((await listAdjustmentsInForce(handle.db, 'maya')).map((a) => a.id)).toEqual(['c', 'b']);
  });

  it('keeps a programme to its author until it is shared, and lets only the author change or delete it', async () => {
    const own = await insertProgramme(handle.db, 'p1', 'lena', PROGRAMME, T0);
    expect(own).toEqual({ ...PROGRAMME, id: 'p1', authorId: 'lena', authorName: 'Lena', createdAt: T0, updatedAt: T0 });
    expect(await findVisibleProgramme(handle.db, 'omar', 'p1')).toBeNull();
    expect(await updateProgramme(handle.db, 'p1', 'omar', { ...PROGRAMME, shared: true }, T0)).toBeNull();
    expect((await updateProgramme(handle.db, 'p1', 'lena', { ...PROGRAMME, shared: true }, '2026-11-02T08:00:00.000Z'))?.shared).toBe(true);
    expect((await listVisibleProgrammes(handle.db, 'omar')).map((p) => p.id)).toEqual(['p1']);
    expect(await deleteProgramme(handle.db, 'p1', 'omar', T0)).toBe(false);
    expect(await deleteProgramme(handle.db, 'p1', 'lena', T0)).toBe(true);
    expect(await listVisibleProgrammes(handle.db, 'lena')).toEqual([]);
  });

  it('can answer the prescription in force from its partial index', async () => {
    const query = handle.db.selectFrom('prescription_adjustments').select('data').where('patient_id', '=', 'maya').where('ended_at', 'is', null).orderBy('created_at').orderBy('id').compile();
    const text = query.sql.replace(/\?|\$1/u, "'maya'");
    const plan = kind.name === 'sqlite'
      ? (await sql.raw<{ detail: string }>(`EXPLAIN QUERY PLAN ${text}`).execute(handle.db)).rows.map((r) => r.detail)
      // On a table this small PostgreSQL would rightly scan it; with scans off it shows the index is usable.
      : await handle.db.transaction().execute(async (trx) => {
          await sql`SET LOCAL enable_seqscan = off`.execute(trx);
          return (await sql.raw<{ 'QUERY PLAN': string }>(`EXPLAIN ${text}`).execute(trx)).rows.map((r) => r['QUERY PLAN']);
        });
    expect(plan.join(' ')).toContain('prescription_adjustments_patient');
  });
});
