// The baseline for check-in writes: a bare Fastify route inserting into better-sqlite3 with the
// same durability settings as the server (WAL, synchronous=NORMAL: nothing acknowledged is lost when the process dies) and no validation, sessions or presenters.
// BARE_TABLE=pacewise stores the same row in a table of Pacewise's shape (its columns, unique
// client id, day index and the foreign key to the account), to tell the cost of storing what a
// check-in holds from the cost of the layers around it.
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import Fastify from 'fastify';

const db = new SQLite(join(mkdtempSync(join(tmpdir(), 'pacewise-bare-')), 'bare.sqlite'));
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
const storeRow = process.env.BARE_TABLE === 'pacewise' ? pacewiseShapedTable() : smallTable();

function smallTable() {
  db.exec('CREATE TABLE checkins (id TEXT PRIMARY KEY, user_id TEXT, at TEXT, pain INTEGER, notes TEXT)');
  const insert = db.prepare('INSERT INTO checkins VALUES (?, ?, ?, ?, ?)');
  return (row, body) => insert.run(row.id, 'bench', row.at, row.pain, body.notes ?? null);
}

function pacewiseShapedTable() {
  db.pragma('foreign_keys = ON');
  db.exec(`CREATE TABLE users (id TEXT PRIMARY KEY);
    INSERT INTO users VALUES ('bench');
    CREATE TABLE checkins (id TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE, client_id TEXT,
      at TEXT NOT NULL, local_date TEXT NOT NULL, pain INTEGER NOT NULL, flare INTEGER NOT NULL, areas TEXT NOT NULL,
      stiffness INTEGER, sleep INTEGER, mood INTEGER, energy INTEGER, stress INTEGER, notes TEXT, created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL, something_new INTEGER DEFAULT 0 NOT NULL, detail TEXT, change_id TEXT,
      CONSTRAINT checkins_user_client UNIQUE (user_id, client_id));
    CREATE INDEX checkins_user_day ON checkins (user_id, local_date);`);
  const insert = db.prepare(`INSERT INTO checkins (id, user_id, client_id, at, local_date, pain, flare, areas, stiffness, sleep,
      mood, energy, stress, notes, created_at, updated_at, something_new, detail, change_id)
    VALUES (?, 'bench', ?, ?, ?, ?, 0, '[]', ?, ?, ?, ?, ?, ?, ?, ?, 0, NULL, NULL) ON CONFLICT (user_id, client_id) DO NOTHING`);
  return (row, body) =>
    insert.run(row.id, body.clientId ?? null, row.at, row.at.slice(0, 10), row.pain, body.stiffness ?? null, body.sleep ?? null,
      body.mood ?? null, body.energy ?? null, body.stress ?? null, body.notes ?? null, row.at, row.at);
}

const app = Fastify({ logger: false });
app.post('/api/me/checkins', async (request, reply) => {
  const body = request.body;
  const row = { id: randomUUID(), at: new Date().toISOString(), pain: body.pain };
  storeRow(row, body);
  return reply.status(201).send(row);
});
await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
console.log(`listening ${app.server.address().port}`);
