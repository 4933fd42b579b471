/**
 * The CRPS stop signs (CLINICAL.md §1), shown in the stop flow of a person whose profile says
 * CRPS: colour change, swelling or a change of temperature in the limb. Nothing for others, and
 * nothing while the profile is still loading or cannot be loaded.
 */
import { hasCrps } from '../../../core/profile.js';
import { useProfile } from '../../hooks/useProfile.js';
import { useMessages } from '../../i18n/useMessages.js';
import { crpsStopMessages } from './crps-messages.js';
import { SignsNotice } from './SignsNotice.js';

/** The CRPS stop signs, for people with CRPS only. */
export function CrpsStopSigns() {
  const m = useMessages(crpsStopMessages);
  const profile = useProfile();
  if (profile.status !== 'success' || profile.data === null || !hasCrps(profile.data)) return null;
  return <SignsNotice id="crps-stop-signs" title={m.title} signs={m.signs} />;
}
