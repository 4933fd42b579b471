/**
 * "Mark reviewed": records that the clinician looked at the record, with the minutes spent —
 * filled in with the whole minutes the record has been open (at least 1) until they change it.
 */
import { useState, type FormEvent } from 'react';
import type { Review } from '../../../contract/practice.js';
import { callApi } from '../../api/client.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { useAction } from '../../hooks/useAction.js';
import { useInterval } from '../../hooks/useInterval.js';
import { useQuery } from '../../hooks/useQuery.js';
import { useFormatLocale, useMessages } from '../../i18n/useMessages.js';
import { useAccount } from '../auth/session-context.js';
import { practiceMessages } from './messages.js';
import { formatInstant } from '../../lib/format.js';
import { minutesOpen, parseReviewMinutes } from './review-minutes.js';

/** The review form and the last review. */
export function MarkReviewed({ patientId }: { patientId: string }) {
  const m = useMessages(practiceMessages).record;
  const locale = useFormatLocale();
  const { timeZone } = useAccount();
  const [openedAt] = useState(() => Date.now());
  const [minutes, setMinutes] = useState('1');
  const [edited, setEdited] = useState(false);
  const [invalid, setInvalid] = useState(false);
  const [saved, setSaved] = useState<Review | null>(null);
  const reviews = useQuery(`reviews:${patientId}`, () => callApi('listReviews', { params: { patientId } }));
  const save = useAction((value: number) => callApi('createReview', { params: { patientId }, body: { minutes: value } }));
  useInterval(() => setMinutes(String(minutesOpen(openedAt, Date.now()))), edited ? null : 15_000);
  const last = saved ?? (reviews.status === 'success' ? (reviews.data.items[0] ?? null) : null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const value = parseReviewMinutes(minutes);
    setInvalid(value === null);
    if (value === null) return;
    const review = await save.run(value);
    if (review) setSaved(review);
  };
  return (
    <section className="card record-review" aria-labelledby="record-review">
      <h2 id="record-review">{m.reviewTitle}</h2>
      <p className="muted">{m.reviewIntro}</p>
      <form onSubmit={onSubmit} noValidate>
        <div className="field">
          <label htmlFor="review-minutes" className="field__label">{m.minutes}</label>
          <p id="review-minutes-hint" className="field__hint">{m.minutesHint}</p>
          <input
            id="review-minutes" className="field__input" inputMode="numeric" value={minutes}
            aria-describedby={invalid ? 'review-minutes-hint review-minutes-error' : 'review-minutes-hint'} aria-invalid={invalid || undefined}
            onChange={(event) => { setEdited(true); setMinutes(event.target.value); }}
          />
          {invalid ? <p id="review-minutes-error" className="field__error" role="alert">{m.minutesError}</p> : null}
        </div>
        <button type="submit" className="button button--primary" aria-disabled={save.pending || undefined}>
          {save.pending ? m.saving : m.markReviewed}
        </button>
      </form>
      {save.error ? <ErrorMessage error={save.error} /> : null}
      <p role="status" className={saved ? 'notice notice--success' : 'visually-hidden'}>{saved ? m.reviewedNow(saved.minutes) : ''}</p>
      <p>{last ? m.lastReview(formatInstant(last.reviewedAt, timeZone, locale), last.minutes) : reviews.status === 'success' ? m.neverReviewed : ''}</p>
    </section>
  );
}
