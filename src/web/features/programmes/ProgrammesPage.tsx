/**
 * `/practice/programmes`: the clinician's programmes and those shared with the practice, each
 * with its exercises in plain lines; write a new one, change or delete one's own.
 */
import { useState } from 'react';
import type { Programme } from '../../../contract/prescription.js';
import { callApi } from '../../api/client.js';
import { ConfirmStep } from '../../components/ConfirmStep.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { useAction } from '../../hooks/useAction.js';
import { useQuery } from '../../hooks/useQuery.js';
import { useMessages } from '../../i18n/useMessages.js';
import { prescriptionMessages } from '../prescription/messages.js';
import { describeDays, describePrescribedDose } from '../prescription/prescription-words.js';
import { useExerciseNames } from '../prescription/useExerciseNames.js';
import { programmesMessages } from './messages.js';
import { splitProgrammes } from './programme-form.js';
import { ProgrammeForm } from './ProgrammeForm.js';

/** The page. */
export function ProgrammesPage() {
  const m = useMessages(programmesMessages);
  const query = useQuery('programmes', () => callApi('listProgrammes'));
  const [editing, setEditing] = useState<Programme | 'new' | null>(null);
  const [status, setStatus] = useState('');
  const done = (message: string) => { setEditing(null); setStatus(message); query.reload(); };
  return (
    <Page title={m.title} intro={<p>{m.intro}</p>}>
      <p role="status" className={status ? 'notice notice--success' : 'visually-hidden'}>{status}</p>
      {editing ? (
        <ProgrammeForm programme={editing === 'new' ? null : editing} onSaved={(p) => done(m.saved(p.name))} onCancel={() => setEditing(null)} />
      ) : (
        <button type="button" className="button button--primary" onClick={() => { setStatus(''); setEditing('new'); }}>{m.newProgramme}</button>
      )}
      {query.status === 'loading' ? <Loading /> : null}
      {query.status === 'error' ? <ErrorMessage error={query.error} onRetry={query.reload} /> : null}
      {query.status === 'success' ? <ProgrammeLists items={query.data.items} onEdit={(p) => { setStatus(''); setEditing(p); }} onDeleted={(p) => done(m.deleted(p.name))} /> : null}
    </Page>
  );
}

function ProgrammeLists({ items, onEdit, onDeleted }: { items: readonly Programme[]; onEdit: (p: Programme) => void; onDeleted: (p: Programme) => void }) {
  const m = useMessages(programmesMessages);
  const { mine, shared } = splitProgrammes(items);
  const { names, ready } = useExerciseNames([...new Set(items.flatMap((p) => p.items.map((i) => i.exerciseId)))]);
  if (!ready) return <Loading />;
  const card = (p: Programme) => <ProgrammeCard key={p.id} programme={p} names={names} onEdit={onEdit} onDeleted={onDeleted} />;
  return (
    <>
      <section aria-labelledby="programmes-mine" className="programmes">
        <h2 id="programmes-mine">{m.mine}</h2>
        {mine.length === 0 ? <p>{m.none}</p> : <ul className="programme-cards">{mine.map(card)}</ul>}
      </section>
      <section aria-labelledby="programmes-shared" className="programmes">
        <h2 id="programmes-shared">{m.shared}</h2>
        {shared.length === 0 ? <p>{m.noneShared}</p> : <ul className="programme-cards">{shared.map(card)}</ul>}
      </section>
    </>
  );
}

interface CardProps {
  programme: Programme;
  names: ReturnType<typeof useExerciseNames>['names'];
  onEdit: (p: Programme) => void;
  onDeleted: (p: Programme) => void;
}

function ProgrammeCard({ programme, names, onEdit, onDeleted }: CardProps) {
  const m = useMessages(programmesMessages);
  const w = useMessages(prescriptionMessages).words;
  const [confirming, setConfirming] = useState(false);
  const remove = useAction(() => callApi('deleteProgramme', { params: { id: programme.id } }));
  const onConfirm = async () => { if ((await remove.run()) !== undefined) onDeleted(programme); };
  return (
    <li className="card programme-card">
      <h3>{programme.name}</h3>
      <p className="muted">{programme.mine ? (programme.shared ? m.isShared : m.isPrivate) : m.by(programme.authorName)}</p>
      {programme.description ? <p>{programme.description}</p> : null}
      <ul>
        {programme.items.map((item, n) => (
          <li key={`${item.exerciseId}-${n}`}>{w.line.include(names(item.exerciseId)?.name ?? w.unknownExercise, describeDays(item.days, w), describePrescribedDose(item.dose, w))}</li>
        ))}
      </ul>
      <p>{programme.weeklyRise === null ? m.riseUsual : w.line.rise(null, programme.weeklyRise)}</p>
      {programme.mine && !confirming ? (
        <div className="button-row">
          <button type="button" className="button button--secondary" onClick={() => onEdit(programme)}>{m.edit}<span className="visually-hidden">{m.context(programme.name)}</span></button>
          <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>{m.delete}<span className="visually-hidden">{m.context(programme.name)}</span></button>
        </div>
      ) : null}
      {confirming ? (
        <ConfirmStep question={m.deleteQuestion(programme.name)} details={m.deleteDetails} confirmLabel={m.deleteConfirm} cancelLabel={m.keep} busy={remove.pending} onConfirm={() => void onConfirm()} onCancel={() => setConfirming(false)} />
      ) : null}
      {remove.error ? <ErrorMessage error={remove.error} /> : null}
    </li>
  );
}
