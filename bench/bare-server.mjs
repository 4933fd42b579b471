// The baseline for check-in writes: a bare Fastify route inserting into better-sqlite3 with the
// same durability settings as the server (WAL, synchronous=NORMAL: nothing acknowledged is lost when the process dies) and no validation, sessions or presenters.
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import Fastify from 'fastify';

const db = new SQLite(join(mkdtempSync(join(tmpdir(), 'pacewise-bare-')), 'bare.sqlite'));
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
db.exec('CREATE TABLE checkins (id TEXT PRIMARY KEY, user_id TEXT, at TEXT, pain INTEGER, notes TEXT)');
const insert = db.prepare('INSERT INTO checkins VALUES (?, ?, ?, ?, ?)');

const app = Fastify({ logger: false });
app.post('/api/me/checkins', async (request, reply) => {
  const body = request.body;
  const row = { id: randomUUID(), at: new Date().toISOString(), pain: body.pain };
  insert.run(row.id, 'bench', row.at, row.pain, body.notes ?? null);
  return reply.status(201).send(row);
});
await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
console.log(`listening ${app.server.address().port}`);
