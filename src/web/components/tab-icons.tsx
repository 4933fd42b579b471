/** The tab bar's pictures, drawn here as inline SVG so they cost no request and follow the text colour. */
import type { ReactElement } from 'react';

/** Which picture a tab shows. */
export type TabIconName = 'today' | 'plan' | 'journal' | 'insights' | 'more';

const PATHS_OF: Record<TabIconName, ReactElement> = {
  // A sun rising over the horizon: today.
  today: (
    <>
      <path d="M4 18h16" />
      <path d="M7.5 18a4.5 4.5 0 0 1 9 0" />
      <path d="M12 7.5V10M5.6 10.6l1.7 1.7M18.4 10.6l-1.7 1.7M3 14h2M19 14h2" />
    </>
  ),
  // A calendar page: the week's plan.
  plan: (
    <>
      <rect x="3.5" y="5" width="17" height="15" rx="2" />
      <path d="M3.5 10h17M8 3v4M16 3v4" />
      <path d="M7.5 14h2M11 14h2M14.5 14h2M7.5 17h2M11 17h2" />
    </>
  ),
  // A notebook with a ribbon: the journal.
  journal: (
    <>
      <path d="M6 3.5h11a1.5 1.5 0 0 1 1.5 1.5v14a1.5 1.5 0 0 1-1.5 1.5H6z" />
      <path d="M6 3.5v17M9.5 8h6M9.5 11.5h6M9.5 15h4" />
    </>
  ),
  // A line that climbs across a frame: what changed over time.
  insights: (
    <>
      <path d="M4 4v16h16" />
      <path d="M7.5 15l3.5-4 3 2.5 4.5-6" />
    </>
  ),
  // Three dots: everything else.
  more: (
    <>
      <circle cx="5.5" cy="12" r="1.6" />
      <circle cx="12" cy="12" r="1.6" />
      <circle cx="18.5" cy="12" r="1.6" />
    </>
  ),
};

/** One tab's picture; hidden from assistive technology, since the tab's text names it. */
export function TabIcon({ name }: { name: TabIconName }) {
  return (
    <svg
      className="tabbar__icon"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {PATHS_OF[name]}
    </svg>
  );
}
