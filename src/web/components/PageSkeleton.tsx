/**
 * The shape of a page while its code or the session is on its way: a heading and cards in quiet
 * grey, so the page does not jump when it arrives and the footer stays below the fold (the real
 * content, not the disclaimer, is then the largest paint).
 */
import { useMessages } from '../i18n/useMessages.js';
import { sharedMessages } from './messages.js';

/** A page-shaped placeholder, announced politely as loading. */
export function PageSkeleton() {
  const m = useMessages(sharedMessages);
  return (
    <div className="page page-skeleton" aria-busy="true">
      <p className="visually-hidden" role="status">
        {m.loading}
      </p>
      <div aria-hidden="true">
        <div className="page-skeleton__title" />
        <div className="page-skeleton__card page-skeleton__card--tall" />
        <div className="page-skeleton__card" />
        <div className="page-skeleton__card" />
      </div>
    </div>
  );
}

/** One card's shape, where a card of the page waits for its data (home's check-in card). */
export function CardSkeleton({ tall = false }: { tall?: boolean }) {
  const m = useMessages(sharedMessages);
  return (
    <div className="card-skeleton" aria-busy="true">
      <p className="visually-hidden" role="status">
        {m.loading}
      </p>
      <div aria-hidden="true" className={`page-skeleton__card${tall ? ' page-skeleton__card--tall' : ''}`} />
    </div>
  );
}
