/**
 * Every page but sign-in and home, each a chunk of its own loaded when its path opens:
 * the first page carries only what it shows (`npm run bench -- first-load`, `src/web/first-load.budget.test.ts`).
 */
import { lazy, type ComponentType } from 'react';

/** A page component loaded on demand from the module `load` resolves to (`<Suspense>` shows its shape meanwhile). */
function onDemand<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => ({ default: await load() }));
}

/** The ForgotPasswordPage chunk. */
export const ForgotPasswordPage = onDemand(() => import('./features/recovery/ForgotPasswordPage.js').then((m) => m.ForgotPasswordPage));
/** The ResetPasswordPage chunk. */
export const ResetPasswordPage = onDemand(() => import('./features/recovery/ResetPasswordPage.js').then((m) => m.ResetPasswordPage));
/** The RecoveryCodesPage chunk. */
export const RecoveryCodesPage = onDemand(() => import('./features/recovery/RecoveryCodesPage.js').then((m) => m.RecoveryCodesPage));
/** The SignUpPage chunk (with the password rules and the common-password list it checks against). */
export const SignUpPage = onDemand(() => import('./features/auth/SignUpPage.js').then((m) => m.SignUpPage));
/** The AccountPage chunk. */
export const AccountPage = onDemand(() => import('./features/account/AccountPage.js').then((m) => m.AccountPage));
/** The AdminPage chunk. */
export const AdminPage = onDemand(() => import('./features/admin/AdminPage.js').then((m) => m.AdminPage));
/** The CarePage chunk. */
export const CarePage = onDemand(() => import('./features/care/CarePage.js').then((m) => m.CarePage));
/** The InvitePatientPage chunk. */
export const InvitePatientPage = onDemand(() => import('./features/care/InvitePatientPage.js').then((m) => m.InvitePatientPage));
/** The JoinPage chunk. */
export const JoinPage = onDemand(() => import('./features/care/JoinPage.js').then((m) => m.JoinPage));
/** The NotesPage chunk. */
export const NotesPage = onDemand(() => import('./features/care/NotesPage.js').then((m) => m.NotesPage));
/** The CheckinPage chunk. */
export const CheckinPage = onDemand(() => import('./features/checkin/CheckinPage.js').then((m) => m.CheckinPage));
/** The EditCheckinPage chunk. */
export const EditCheckinPage = onDemand(() => import('./features/checkin/EditCheckinPage.js').then((m) => m.EditCheckinPage));
/** The ExerciseEditorPage chunk. */
export const ExerciseEditorPage = onDemand(() => import('./features/exercises/ExerciseEditorPage.js').then((m) => m.ExerciseEditorPage));
/** The ExercisesPage chunk. */
export const ExercisesPage = onDemand(() => import('./features/exercises/ExercisesPage.js').then((m) => m.ExercisesPage));
/** The EditFlarePlanPage chunk. */
export const EditFlarePlanPage = onDemand(() => import('./features/flare-plan/EditFlarePlanPage.js').then((m) => m.EditFlarePlanPage));
/** The FlarePlanPage chunk. */
export const FlarePlanPage = onDemand(() => import('./features/flare-plan/FlarePlanPage.js').then((m) => m.FlarePlanPage));
/** The GrowthPage chunk. */
export const GrowthPage = onDemand(() => import('./features/growth/GrowthPage.js').then((m) => m.GrowthPage));
/** The HistoryPage chunk. */
export const HistoryPage = onDemand(() => import('./features/history/HistoryPage.js').then((m) => m.HistoryPage));
/** The InsightsPage chunk. */
export const InsightsPage = onDemand(() => import('./features/insights/InsightsPage.js').then((m) => m.InsightsPage));
/** The IntakePage chunk. */
export const IntakePage = onDemand(() => import('./features/intake/IntakePage.js').then((m) => m.IntakePage));
/** The LandingPage chunk (what Pacewise is, for visitors at `/`). */
export const LandingPage = onDemand(() => import('./features/landing/LandingPage.js').then((m) => m.LandingPage));
/** The LessonPage chunk. */
export const LessonPage = onDemand(() => import('./features/lessons/LessonPage.js').then((m) => m.LessonPage));
/** The LessonsPage chunk. */
export const LessonsPage = onDemand(() => import('./features/lessons/LessonsPage.js').then((m) => m.LessonsPage));
/** The ExercisePage chunk. */
export const ExercisePage = onDemand(() => import('./features/library/ExercisePage.js').then((m) => m.ExercisePage));
/** The LibraryPage chunk. */
export const LibraryPage = onDemand(() => import('./features/library/LibraryPage.js').then((m) => m.LibraryPage));
/** The PacingPage chunk. */
export const PacingPage = onDemand(() => import('./features/pacing/PacingPage.js').then((m) => m.PacingPage));
/** The PlanPage chunk. */
export const PlanPage = onDemand(() => import('./features/plan/PlanPage.js').then((m) => m.PlanPage));
/** The CaseloadPage chunk. */
export const CaseloadPage = onDemand(() => import('./features/practice/CaseloadPage.js').then((m) => m.CaseloadPage));
/** The PatientPage chunk. */
export const PatientPage = onDemand(() => import('./features/practice/PatientPage.js').then((m) => m.PatientPage));
/** The ProgrammesPage chunk. */
export const ProgrammesPage = onDemand(() => import('./features/programmes/ProgrammesPage.js').then((m) => m.ProgrammesPage));
/** The AdminQuestionnairesPage chunk. */
export const AdminQuestionnairesPage = onDemand(() => import('./features/questionnaires/AdminQuestionnairesPage.js').then((m) => m.AdminQuestionnairesPage));
/** The OutcomesPage chunk. */
export const OutcomesPage = onDemand(() => import('./features/questionnaires/OutcomesPage.js').then((m) => m.OutcomesPage));
/** The QuestionnairePage chunk. */
export const QuestionnairePage = onDemand(() => import('./features/questionnaires/QuestionnairePage.js').then((m) => m.QuestionnairePage));
/** The RemindersPage chunk. */
export const RemindersPage = onDemand(() => import('./features/reminders/RemindersPage.js').then((m) => m.RemindersPage));
/** The SafetyPage chunk. */
export const SafetyPage = onDemand(() => import('./features/safety/SafetyPage.js').then((m) => m.SafetyPage));
/** The SecondFactorPage chunk. */
export const SecondFactorPage = onDemand(() => import('./features/security/SecondFactorPage.js').then((m) => m.SecondFactorPage));
/** The SecurityPage chunk. */
export const SecurityPage = onDemand(() => import('./features/security/SecurityPage.js').then((m) => m.SecurityPage));
/** The WelcomePage chunk. */
export const WelcomePage = onDemand(() => import('./features/security/WelcomePage.js').then((m) => m.WelcomePage));
/** The LogActivityPage chunk. */
export const LogActivityPage = onDemand(() => import('./features/session/LogActivityPage.js').then((m) => m.LogActivityPage));
/** The SessionPage chunk. */
export const SessionPage = onDemand(() => import('./features/session/SessionPage.js').then((m) => m.SessionPage));
/** The StartingPointPage chunk. */
export const StartingPointPage = onDemand(() => import('./features/starting-point/StartingPointPage.js').then((m) => m.StartingPointPage));
/** The MorePage chunk (what a person's tab bar does not hold). */
export const MorePage = onDemand(() => import('./features/more/MorePage.js').then((m) => m.MorePage));
