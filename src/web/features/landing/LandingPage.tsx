/**
 * The signed-out landing page at `/`: what Pacewise is in plain words, "Create an account" and
 * "Sign in", and a look at the library (public, like the library itself). A chunk of its own:
 * the first page's JavaScript stays within its budget.
 */
import type { ExerciseView } from '../../../contract/exercise.js';
import { ExerciseIllustration } from '../../components/ExerciseIllustration.js';
import { Page } from '../../components/Page.js';
import { useExerciseIndex } from '../../hooks/useExercises.js';
import { useMessages } from '../../i18n/useMessages.js';
import { Link } from '../../router/Link.js';
import { PATHS, pathTo } from '../../router/match-route.js';
import { LANDING_EXERCISE_IDS } from './landing-exercises.js';
import { landingMessages } from './messages.js';
import './landing.css';

/** The landing page for visitors who are not signed in. */
export function LandingPage() {
  const m = useMessages(landingMessages);
  return (
    <Page title={m.title} intro={<p className="landing__lead">{m.lead}</p>}>
      <nav aria-label={m.actions} className="landing__actions">
        <Link to={PATHS.signup} className="button button--primary">
          {m.createAccount}
        </Link>
        <Link to={PATHS.signin} className="button button--secondary">
          {m.signIn}
        </Link>
      </nav>
      <section aria-labelledby="landing-features" className="landing__section">
        <h2 id="landing-features">{m.featuresHeading}</h2>
        <ul className="landing__features">
          {m.features.map((feature) => (
            <li key={feature.title} className="landing__feature">
              <h3>{feature.title}</h3>
              <p>{feature.text}</p>
            </li>
          ))}
        </ul>
      </section>
      <LibraryGlimpse />
      <section aria-labelledby="landing-good-to-know" className="landing__section">
        <h2 id="landing-good-to-know">{m.goodToKnowHeading}</h2>
        <p>{m.notAClinician}</p>
        <p>{m.openSource}</p>
      </section>
    </Page>
  );
}

/** A few exercises from the library, each opening its page, and the way to the whole library. */
function LibraryGlimpse() {
  const m = useMessages(landingMessages);
  const index = useExerciseIndex();
  const shown =
    index.status === 'success'
      ? LANDING_EXERCISE_IDS.flatMap((id) => index.data.get(id) ?? [])
      : [];
  return (
    <section aria-labelledby="landing-library" className="landing__section">
      <h2 id="landing-library">{m.libraryHeading}</h2>
      <p>{m.libraryIntro}</p>
      {/* While the library loads (or if it cannot), the boxes keep their place; the link still works. */}
      <ul className={`landing__glimpse${shown.length === 0 ? ' is-waiting' : ''}`}>
        {shown.length > 0
          ? shown.map((exercise) => <GlimpseCard key={exercise.id} exercise={exercise} />)
          : LANDING_EXERCISE_IDS.map((id) => <li key={id} className="landing__glimpse-card" aria-hidden="true" />)}
      </ul>
      <p>
        <Link to={PATHS.library} className="button button--secondary">
          {m.browseLibrary}
        </Link>
      </p>
    </section>
  );
}

function GlimpseCard({ exercise }: { exercise: ExerciseView }) {
  return (
    <li className="landing__glimpse-card">
      <ExerciseIllustration exercise={exercise} className="landing__glimpse-image" decorative lazy />
      <Link to={pathTo('exercise', { id: exercise.id })} className="landing__glimpse-link">
        {exercise.name}
      </Link>
    </li>
  );
}
