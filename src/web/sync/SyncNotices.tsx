/**
 * What the person must know about writes that could not be made: a check-in changed on another
 * device (409) — what is saved now, their change, and one tap to apply it again — and a write the
 * server refused, in its own words.
 */
import type { Checkin } from '../../contract/checkin.js';
import { useMessages } from '../i18n/useMessages.js';
import { newClientId } from '../lib/new-client-id.js';
import { syncMessages } from './messages.js';
import type { CheckinChanges, SyncEntry } from './ops.js';
import { sync } from './sync.js';
import { useSyncEntries } from './useSync.js';

/** The notices of the signed-in person; nothing when every write went through. */
export function SyncNotices({ userId }: { userId: string }) {
  const entries = useSyncEntries(userId);
  const open = entries.filter((e) => e.status === 'changed' || (e.status === 'rejected' && !e.op.kind.startsWith('session')));
  if (open.length === 0) return null;
  return (
    <div className="stack">
      {open.map((entry) =>
        entry.status === 'changed' && entry.current ? (
          <ChangedNotice key={entry.op.key} userId={userId} entry={entry} current={entry.current} />
        ) : (
          <RefusedNotice key={entry.op.key} userId={userId} entry={entry} />
        ),
      )}
    </div>
  );
}

function ChangedNotice({ userId, entry, current }: { userId: string; entry: SyncEntry; current: Checkin }) {
  const m = useMessages(syncMessages).changed;
  const isDelete = entry.op.kind === 'deleteCheckin';
  const changes = entry.op.kind === 'updateCheckin' ? entry.op.changes : null;
  const again = () => {
    sync.applyAgain(userId, entry.op.key, newClientId());
    void sync.flush(userId);
  };
  return (
    <section className="notice notice--caution" aria-label={m.title} data-testid="sync-changed">
      <p className="notice__title">
        <strong>{m.title}</strong>
      </p>
      <p>{isDelete ? m.deleteBody : m.body}</p>
      <dl className="sync-compare">
        <dt>{m.savedNow}</dt>
        <dd>{describe(m, current)}</dd>
        {changes ? (
          <>
            <dt>{m.yourChange}</dt>
            <dd>{describe(m, changes)}</dd>
          </>
        ) : null}
      </dl>
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={again}>
          {isDelete ? m.deleteAgain : m.applyAgain}
        </button>
        <button type="button" className="button button--secondary" onClick={() => sync.dismiss(userId, entry.op.key)}>
          {m.keep}
        </button>
      </div>
    </section>
  );
}

type ChangedWords = (typeof syncMessages)['en']['changed'];

function describe(m: ChangedWords, row: Pick<Checkin, 'pain' | 'notes'> | CheckinChanges): string {
  const parts = [row.pain !== undefined ? m.pain(row.pain) : null, row.notes ? m.notes(row.notes) : row.notes === null ? m.noNotes : null];
  return parts.filter((p): p is string => p !== null).join(' · ');
}

function RefusedNotice({ userId, entry }: { userId: string; entry: SyncEntry }) {
  const m = useMessages(syncMessages).rejected;
  const status = useMessages(syncMessages).status;
  return (
    <section className="notice notice--error" aria-label={m.title}>
      <p className="notice__title">
        <strong>{m.title}</strong>
      </p>
      <p>{status.rejected(entry.message ?? '')}</p>
      <button type="button" className="button button--secondary button--small" onClick={() => sync.dismiss(userId, entry.op.key)}>
        {m.dismiss}
      </button>
    </section>
  );
}
