/** Words of the admin's questionnaires page: importing licensed FHIR forms, the list, retiring. */
type Scoring = 'pi_4a' | 'pi_6a' | 'pi_6b' | 'pi_8a' | 'pf_4a';

export const adminQuestionnaireMessages = {
  en: {
    title: 'Questionnaires',
    intro: 'Bring in questionnaires your practice holds a licence for, such as PROMIS short forms, as FHIR R4 Questionnaire files. Pacewise shows their words exactly as the file has them.',
    link: 'Licensed questionnaires',
    linkBody: 'Import FHIR questionnaire files your practice holds a licence for.',
    back: 'Back to the practice',
    import: {
      heading: 'Import a questionnaire',
      label: 'FHIR Questionnaire file (.json)',
      hint: 'A file your practice obtained under its own licence.',
      button: 'Import this file',
      importing: 'Importing…',
      notJson: 'This file is not JSON. Please choose a FHIR Questionnaire saved as .json.',
      notObject: 'This file does not hold one FHIR resource. Please choose a single Questionnaire.',
      chooseFirst: 'Please choose a file first.',
      done: (title: string) => `“${title}” is imported and can now be assigned.`,
      refused: 'This file cannot be used as it is:',
      refusedPath: 'Where in the file',
    },
    list: {
      heading: 'Imported questionnaires',
      none: 'No questionnaires imported yet.',
      caption: 'Questionnaires your practice imported',
      columns: { title: 'Title', version: 'Version', scoring: 'Scoring', items: 'Questions', imported: 'Imported', action: 'Action' },
      scoring: {
        pi_4a: 'Scored as PROMIS Pain Interference 4a',
        pi_6a: 'Scored as PROMIS Pain Interference 6a',
        pi_6b: 'Scored as PROMIS Pain Interference 6b',
        pi_8a: 'Scored as PROMIS Pain Interference 8a',
        pf_4a: 'Scored as PROMIS Physical Function 4a',
      } satisfies Record<Scoring, string>,
      notScored: 'Not scored (answers are kept)',
      importedOn: (day: string, by: string | null) => (by ? `${day} by ${by}` : day),
      retire: 'Retire',
      retireContext: (title: string) => ` ${title}`,
      retireQuestion: (title: string) => `Stop offering “${title}”?`,
      retireDetails: 'Answers already given are kept. People will not be asked it again.',
      retireConfirm: 'Retire it',
      retireCancel: 'Keep offering it',
      retired: (title: string) => `“${title}” is retired.`,
    },
  },
};
