/** PatientNotes: the notes between a clinician and one patient, on the patient's record (being built for issue 10). */
export function PatientNotes({ patientId }: { patientId: string }) {
  void patientId;
  return null;
}
