/** The person's saved intake profile and unfinished intake draft; "none yet" is `null`. */
import type { Profile } from '../../contract/profile.js';
import type { IntakeDraft } from '../../contract/profile.js';
import { isApiError } from '../api/api-error.js';
import { callApi } from '../api/client.js';
import { useQuery } from './useQuery.js';

/** Loads the saved profile; a 404 means the intake is not finished yet. */
export async function fetchProfile(): Promise<Profile | null> {
  try {
    return (await callApi('getProfile')).profile;
  } catch (error) {
    if (isApiError(error) && error.status === 404) return null;
    throw error;
  }
}

/** The saved profile, or `null` before the intake is finished. */
export function useProfile() {
  return useQuery('profile', fetchProfile);
}

/** The saved profile and draft together, for the intake and the home page. */
export function useProfileAndDraft() {
  return useQuery(
    'profile+draft',
    async (): Promise<{ profile: Profile | null; draft: IntakeDraft | null }> => {
      const [profile, draft] = await Promise.all([fetchProfile(), callApi('getIntakeDraft')]);
      return { profile, draft: draft.draft };
    },
  );
}
