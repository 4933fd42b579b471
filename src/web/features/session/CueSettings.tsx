/** Beeps and spoken cues, each off until turned on; spoken cues only where the browser can speak. */
import { useMessages } from '../../i18n/useMessages.js';
import { canBeep, canSpeak, unlockAudio, type CuePrefs } from './cue-output.js';
import { sessionMessages } from './messages.js';

interface CueSettingsProps {
  prefs: CuePrefs;
  onChange: (next: CuePrefs) => void;
}

/** Two switches as large checkbox tiles. */
export function CueSettings({ prefs, onChange }: CueSettingsProps) {
  const m = useMessages(sessionMessages).cues;
  const options = [
    { id: 'sound' as const, label: m.sound, available: canBeep() },
    { id: 'voice' as const, label: m.voice, available: canSpeak() },
  ].filter((option) => option.available);
  if (options.length === 0) return null;
  const toggle = (id: keyof CuePrefs, on: boolean) => {
    // Browsers allow sound only after a tap: this tap opens it.
    if (id === 'sound' && on) unlockAudio();
    onChange({ ...prefs, [id]: on });
  };
  return (
    <fieldset className="choice-group cue-settings">
      <legend className="choice-group__legend">{m.legend}</legend>
      <div className="choice-group__options choice-group__options--row">
        {options.map((option) => (
          <label key={option.id} className="choice">
            <input
              type="checkbox"
              className="choice__input"
              checked={prefs[option.id]}
              onChange={(event) => toggle(option.id, event.target.checked)}
            />
            <span className="choice__text">{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
