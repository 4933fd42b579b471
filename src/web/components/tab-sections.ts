/** Which tab a page belongs to, so a page inside a section (an exercise, pacing) keeps its tab marked. */
import { PATHS } from '../router/match-route.js';

/** The five tabs and the page each opens. */
export const TAB_PATHS = {
  today: PATHS.home,
  plan: PATHS.plan,
  journal: PATHS.history,
  insights: PATHS.insights,
  more: PATHS.more,
} as const;

/** A tab's name. */
export type TabName = keyof typeof TAB_PATHS;

/** Path prefixes of the pages inside each tab (besides the tab's own page). */
const SECTIONS: Record<TabName, readonly string[]> = {
  today: [PATHS.checkin, '/checkins/', PATHS.safety, PATHS.questionnaire],
  plan: [`${PATHS.plan}/`, PATHS.pacing, '/session/'],
  journal: [`${PATHS.history}/`],
  insights: [`${PATHS.insights}/`],
  more: [PATHS.library, PATHS.lessons, PATHS.flarePlan, PATHS.account, PATHS.notes, PATHS.joinByCode],
};

/** The tab `pathname` belongs to, or null for a page of none. */
export function currentTab(pathname: string): TabName | null {
  for (const [tab, path] of Object.entries(TAB_PATHS) as [TabName, string][]) {
    if (pathname === path) return tab;
  }
  for (const [tab, prefixes] of Object.entries(SECTIONS) as [TabName, readonly string[]][]) {
    if (prefixes.some((prefix) => pathname === prefix || pathname.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`))) return tab;
  }
  return null;
}
