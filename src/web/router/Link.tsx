/** An in-app link: a real `<a href>` that navigates without reloading the page. */
import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { navigate } from './history.js';
import { useLocation } from './useLocation.js';

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string };

function isPlainLeftClick(event: MouseEvent<HTMLAnchorElement>): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/** A link to a path of this app; marks itself `aria-current="page"` when it is the current one. */
export function Link({ to, onClick, children, ...rest }: LinkProps) {
  const { pathname } = useLocation();
  const isCurrent = pathname === to;
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || !isPlainLeftClick(event)) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} aria-current={isCurrent ? 'page' : undefined} onClick={handleClick} {...rest}>
      {children}
    </a>
  );
}
