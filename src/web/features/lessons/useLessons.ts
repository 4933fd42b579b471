/** The lessons offered and read, from `GET /api/me/lessons`. */
import type { LessonsResponse } from '../../../contract/lesson.js';
import { callApi } from '../../api/client.js';
import { useQuery, type QueryState } from '../../hooks/useQuery.js';

/** The lesson offered now and the lessons read, with `reload`. */
export function useLessons(): QueryState<LessonsResponse> & { reload: () => void } {
  return useQuery('lessons', () => callApi('getLessons'));
}
