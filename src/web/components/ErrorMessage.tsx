/** Plain words for a failed request, announced to screen readers. */
import { isApiError } from '../api/api-error.js';
import { useMessages } from '../i18n/useMessages.js';
import { sharedMessages } from './messages.js';

interface ErrorMessageProps {
  error: unknown;
  id?: string;
  onRetry?: () => void;
}

/** The message a person reads for an error: ours for transport problems, the server's otherwise. */
export function useErrorText(): (error: unknown) => string {
  const m = useMessages(sharedMessages);
  return (error) => {
    if (!isApiError(error)) return m.errors.unexpected_response;
    switch (error.code) {
      case 'network_error':
      case 'unexpected_response':
      case 'internal':
      case 'rate_limited':
      case 'unauthenticated':
        return m.errors[error.code];
      default:
        return error.message;
    }
  };
}

/** An error box with an optional retry button. */
export function ErrorMessage({ error, id, onRetry }: ErrorMessageProps) {
  const m = useMessages(sharedMessages);
  const toText = useErrorText();
  return (
    <div className="notice notice--error" role="alert" id={id}>
      <p>{toText(error)}</p>
      {onRetry ? (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {m.tryAgain}
        </button>
      ) : null}
    </div>
  );
}
