/** A paused session: a calm word, the cue switches, and (in the controls) carry on or end here. */
import { useFocusWhen } from '../../hooks/useFocusWhen.js';
import { useMessages } from '../../i18n/useMessages.js';
import { CueSettings } from './CueSettings.js';
import type { CuePrefs } from './cue-output.js';
import { sessionMessages } from './messages.js';

interface PausedPanelProps {
  resumed: boolean;
  prefs: CuePrefs;
  onPrefs: (next: CuePrefs) => void;
}

/** Shown in place of the step while paused. */
export function PausedPanel({ resumed, prefs, onPrefs }: PausedPanelProps) {
  const m = useMessages(sessionMessages).paused;
  const heading = useFocusWhen<HTMLHeadingElement>('paused');
  return (
    <section className="stage stage--paused" aria-labelledby="session-paused">
      <h3 id="session-paused" ref={heading} tabIndex={-1} className="stage__label">
        {m.heading}
      </h3>
      <p>{resumed ? m.welcomeBack : m.body}</p>
      <p className="stage__hint">{m.endHint}</p>
      <CueSettings prefs={prefs} onChange={onPrefs} />
    </section>
  );
}
