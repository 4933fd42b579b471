/** Words of "Your data": the three downloads and bringing data from another Pacewise server. */
import type { DataFormat } from './data-files.js';

export const dataMessages = {
  en: {
    downloads: {
      body: 'Download everything Pacewise holds about you — your account, your answers, every check-in, session and questionnaire.',
      patientHeading: 'Download this patient’s data',
      patientLabels: { json: 'Download JSON', csv: 'Download CSV files (zip)', fhir: 'Download a FHIR file' } satisfies Record<DataFormat, string>,
      patientBody: 'Each download is written in the patient’s record of who looked.',
      labels: { json: 'Download my data (JSON)', csv: 'Download CSV files (zip)', fhir: 'Download a FHIR file' } satisfies Record<DataFormat, string>,
      hints: {
        json: 'One file with everything. Use it to move to another Pacewise server.',
        csv: 'Spreadsheet files, one per kind, in a zip. Opens in LibreOffice or Excel.',
        fhir: 'A FHIR R4 file that clinic systems can read.',
      } satisfies Record<DataFormat, string>,
      downloading: 'Preparing your file…',
      done: 'Your file is downloading.',
    },
    importing: {
      heading: 'Bring your data from another Pacewise server',
      body: 'If you used Pacewise on another server, you can bring your JSON download into this account. It works only in a new account with nothing in it yet, and it brings everything or nothing.',
      label: 'Your Pacewise JSON file',
      hint: 'The file from “Download my data (JSON)” on your other server.',
      check: 'Check this file',
      notJson: 'This file is not JSON. Please choose the .json file from “Download my data (JSON)”.',
      notExport: 'This file is not a Pacewise download. Please choose the .json file from “Download my data (JSON)”.',
      chooseFirst: 'Please choose a file first.',
      question: 'Bring this file’s data into your account?',
      details: 'Your check-ins, sessions, plans and questionnaire answers will be added. Links to clinicians, their notes and reviews stay on the old server.',
      confirm: 'Bring my data in',
      cancel: 'Not now',
      busy: 'Bringing your data in…',
      done: 'Your data is here.',
      counts: (c: { checkins: number; sessions: number; questionnaireResponses: number; weeks: number; badDays: number }) =>
        `Brought in ${c.checkins} check-ins, ${c.sessions} sessions, ${c.questionnaireResponses} questionnaire answers, ${c.weeks} weeks of plans and ${c.badDays} bad days.`,
      leftBehind: (parts: string) => `Left on the old server: ${parts}.`,
      /** Each part a move leaves behind (the server's codes), in words. */
      leftBehindParts: {
        care_links: 'your links with clinicians',
        care_notes: 'your notes with them',
        reviews: 'their reviews',
        looks: 'the list of who looked at your data',
        prescription: 'the changes a clinician set in your plan',
        questionnaire_schedules: 'the questionnaire schedules a clinician set',
        this_week: 'this week’s plan (this server makes it again from your answers)',
      } as Record<string, string>,
      conflict: 'This account already has data, so nothing was brought in. Importing works only into a new, empty account.',
      refused: 'Nothing was brought in:',
    },
  },
};
