/** JoinPage: being built for issue 10 (replaced by its owner). */
import { NotFoundPage } from '../../components/NotFoundPage.js';

export function JoinPage({ token }: { token: string | null }) {
  void token;
  return <NotFoundPage />;
}
