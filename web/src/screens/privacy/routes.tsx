/** The privacy office's screens by path (`/privacy/…`, the paths notices link to). */
import type { ReactNode } from 'react';
import { IncidentScreen } from './incident';
import { IncidentsScreen } from './incidents';

export const PRIVACY_ROUTES: readonly { readonly pattern: string; readonly render: (params: Record<string, string>) => ReactNode }[] = [
  { pattern: '/privacy/incidents', render: () => <IncidentsScreen /> },
  { pattern: '/privacy/incidents/:incidentId', render: (p) => <IncidentScreen incidentId={p.incidentId ?? ''} key={p.incidentId} /> },
];

/** The privacy office's menu items per role (the API still decides every action). */
export function privacyNav(role: string): readonly { readonly path: string; readonly key: 'incidents' | 'complaints' | 'provisions' | 'statistics' }[] {
  const items: { path: string; key: 'incidents' | 'complaints' | 'provisions' | 'statistics' }[] = [];
  if (role !== 'statistician' && role !== 'third_party') items.push({ path: '/privacy/incidents', key: 'incidents' });
  return items;
}
