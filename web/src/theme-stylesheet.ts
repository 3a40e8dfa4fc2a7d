/**
 * The signed-in user's collaboration theme (§6): a same-origin stylesheet of its validated design
 * tokens (GET /api/collaboration/theme.css), which the CSP (`style-src 'self'`) allows where
 * inline styles are refused. Added after sign-in, after the bundled CSS so its tokens win, and
 * removed at sign-out or when another user signs in.
 */
import { useEffect } from 'react';

export const THEME_LINK_ID = 'ct-collaboration-theme';

export function useCollaborationTheme(collaborationId: string | null): void {
  useEffect(() => {
    if (collaborationId === null) return undefined;
    const link = document.createElement('link');
    link.id = THEME_LINK_ID;
    link.rel = 'stylesheet';
    // The collaboration in the URL keeps one user's theme from being reused for the next.
    link.href = `/api/collaboration/theme.css?collaboration=${encodeURIComponent(collaborationId)}`;
    document.head.appendChild(link);
    return () => link.remove();
  }, [collaborationId]);
}
