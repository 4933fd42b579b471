/** A page: its one `<h1>`, the document title, and focus on the heading after navigation. */
import { useEffect, useRef, type ReactNode } from 'react';
import { useMessages } from '../i18n/useMessages.js';
import { getNavigationCount } from '../router/history.js';
import { sharedMessages } from './messages.js';

interface PageProps {
  title: string;
  intro?: ReactNode;
  children?: ReactNode;
}

/** Wraps a page's content under its heading; moves focus to the heading on in-app navigation. */
export function Page({ title, intro, children }: PageProps) {
  const m = useMessages(sharedMessages);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = m.pageTitle(title);
  }, [m, title]);

  useEffect(() => {
    if (getNavigationCount() > 0) heading.current?.focus();
  }, []);

  return (
    <div className="page">
      <h1 ref={heading} tabIndex={-1} className="page__title">
        {title}
      </h1>
      {intro ? <div className="page__intro">{intro}</div> : null}
      {children}
    </div>
  );
}
