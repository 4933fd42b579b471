/** A linked patient's three downloads on their record; each one is written in their record of who looked. */
import { useMessages } from '../../i18n/useMessages.js';
import { DataDownloads } from './DataDownloads.js';
import { dataMessages } from './messages.js';

/** The section, under the heading `record-downloads` of the record's contents. */
export function PatientDownloads({ patientId, timeZone }: { patientId: string; timeZone: string }) {
  const m = useMessages(dataMessages).downloads;
  return (
    <section className="record-section" aria-labelledby="record-downloads">
      <h2 id="record-downloads">{m.patientHeading}</h2>
      <p>{m.patientBody}</p>
      <DataDownloads owner={{ kind: 'patient', patientId }} timeZone={timeZone} />
    </section>
  );
}
