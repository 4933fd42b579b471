/** PatientPage: being built for issue 10 (replaced by its owner). */
import { NotFoundPage } from '../../components/NotFoundPage.js';

export function PatientPage({ id }: { id: string }) {
  void id;
  return <NotFoundPage />;
}
