/** A small client-side router over the History API: paths, links, and focus on navigation. */
import { createContext, useContext, useEffect, useState } from 'react';
import type { AnchorHTMLAttributes, MouseEvent, ReactNode } from 'react';

const RouterContext = createContext<string>('/');

export function navigate(to: string): void {
  if (to === window.location.pathname + window.location.search) return;
  window.history.pushState(null, '', to);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

export function RouterProvider({ children }: { children: ReactNode }) {
  const [path, setPath] = useState(window.location.pathname);
  useEffect(() => {
    const onPop = (): void => setPath(window.location.pathname);
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  return <RouterContext.Provider value={path}>{children}</RouterContext.Provider>;
}

export function usePath(): string {
  return useContext(RouterContext);
}

export { match } from './route-match';

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { readonly to: string; readonly current?: boolean };

export function Link({ to, current = false, className, children, ...rest }: LinkProps) {
  const onClick = (e: MouseEvent<HTMLAnchorElement>): void => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(to);
  };
  return (
    <a
      href={to}
      onClick={onClick}
      className={['utrecht-link', 'utrecht-link--html-a', current ? 'utrecht-link--current' : '', className ?? ''].filter(Boolean).join(' ')}
      {...(current ? { 'aria-current': 'page' as const } : {})}
      {...rest}
    >
      {children}
    </a>
  );
}
