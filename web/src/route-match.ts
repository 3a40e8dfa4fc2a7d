/** Path patterns of the client-side router, without React (the server's tests read them too). */

/** Matches `/cases/:id` style patterns; returns the named parameters or null. */
export function match(pattern: string, path: string): Record<string, string> | null {
  const norm = (x: string): string => x.replace(/\/+$/, '');
  const p = norm(pattern).split('/');
  const s = norm(path).split('/');
  if (p.length !== s.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < p.length; i++) {
    const a = p[i] ?? '';
    const b = s[i] ?? '';
    if (a.startsWith(':')) params[a.slice(1)] = decodeURIComponent(b);
    else if (a !== b) return null;
  }
  return params;
}
