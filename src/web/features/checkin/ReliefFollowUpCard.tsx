/**
 * Home's relief follow-up (issue 14): an hour or more after a check-in that tried something,
 * "How much did it help, now?" with a 0-10 per kind, Save and Skip. Once answered or skipped it
 * is gone (skips are remembered on this device).
 */
import { editCheckin } from '../../sync/sync.js';
import { useAccount } from '../auth/session-context.js';
import { useState } from 'react';
import { reliefFollowUpsDue, type ReliefKind } from '../../../core/journal/detail.js';
import type { Checkin } from '../../../contract/checkin.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { ScaleInput } from '../../components/ScaleInput.js';
import { sharedMessages } from '../../components/messages.js';
import { useAction } from '../../hooks/useAction.js';
import { useFocusOnMount } from '../../hooks/useFocusOnMount.js';
import { useMessages } from '../../i18n/useMessages.js';
import { withLaterRelief } from './checkin-form.js';
import { checkinMessages } from './messages.js';

const DONE_KEY = 'pacewise.reliefFollowUpsDone';

function readDone(): string[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(DONE_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

function rememberDone(id: string): void {
  try {
    localStorage.setItem(DONE_KEY, JSON.stringify([...readDone(), id].slice(-50)));
  } catch {
    // Private browsing may refuse storage; the card then simply goes for this visit.
  }
}

/** The follow-up card for the newest check-in due one, or nothing. */
export function ReliefFollowUpCard({ checkins }: { checkins: readonly Checkin[] }) {
  const [done, setDone] = useState<string[]>(readDone);
  const [thanked, setThanked] = useState(false);
  const m = useMessages(checkinMessages).followUp;
  const due = reliefFollowUpsDue(checkins, new Date().toISOString()).find((f) => !done.includes(f.checkinId));
  const checkin = due ? checkins.find((c) => c.id === due.checkinId) : undefined;
  const finish = (id: string, saved: boolean) => {
    rememberDone(id);
    setDone((list) => [...list, id]);
    setThanked(saved);
  };
  if (!due || !checkin?.detail) {
    return thanked ? <Thanks text={m.thanks} /> : null;
  }
  return <FollowUp key={checkin.id} checkin={checkin} kinds={due.kinds} onDone={(saved) => finish(checkin.id, saved)} />;
}

/** The thank-you that replaces the card; focus moves to it so the person is not left nowhere. */
function Thanks({ text }: { text: string }) {
  const ref = useFocusOnMount<HTMLParagraphElement>();
  return (
    <p ref={ref} tabIndex={-1} role="status" className="notice notice--success">
      {text}
    </p>
  );
}

interface FollowUpProps {
  checkin: Checkin;
  kinds: ReliefKind[];
  onDone: (saved: boolean) => void;
}

function FollowUp({ checkin, kinds, onDone }: FollowUpProps) {
  const m = useMessages(checkinMessages);
  const list = useMessages(sharedMessages).listJoin;
  const userId = useAccount().id;
  const [later, setLater] = useState<Partial<Record<ReliefKind, number>>>({});
  const save = useAction(async () => {
    if (!checkin.detail) return;
    editCheckin(userId, checkin.id, checkin.updatedAt, { detail: withLaterRelief(checkin.detail, later) });
    onDone(true);
  });
  const tried = list(kinds.map((kind) => m.detail.reliefInSentence[kind]));
  return (
    <section className="card relief-follow-up" aria-labelledby="relief-follow-up">
      <h2 id="relief-follow-up">{m.followUp.heading}</h2>
      <p>{m.followUp.question(tried, kinds.length > 1)}</p>
      {kinds.map((kind) => (
        <ScaleInput
          key={kind}
          legend={m.followUp.scaleLegend(m.detail.relief[kind])}
          low={m.followUp.low}
          high={m.followUp.high}
          value={later[kind] ?? null}
          onChange={(value) => setLater((current) => ({ ...current, ...(value === null ? {} : { [kind]: value }) }))}
        />
      ))}
      {save.error ? <ErrorMessage error={save.error} /> : null}
      <div className="button-row">
        <button type="button" className="button button--primary" aria-disabled={save.pending || undefined} onClick={() => void save.run()}>
          {save.pending ? m.followUp.saving : m.followUp.save}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onDone(false)}>
          {m.followUp.skip}
        </button>
      </div>
    </section>
  );
}
