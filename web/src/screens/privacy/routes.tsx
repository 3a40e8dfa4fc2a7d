/** The privacy office's screens by path (`/privacy/…`, the paths notices link to) and its menu items. */
import type { ReactNode } from 'react';
import { get } from '../../api/client';
import { useLoad } from '../../use-load';
import { AccountabilityScreen } from './accountability';
import { ComplaintScreen } from './complaint';
import { ComplaintsScreen } from './complaints';
import { IncidentScreen } from './incident';
import { IncidentsScreen } from './incidents';
import { ProvisionsScreen } from './provisions';
import { PublishedReportsScreen } from './published-reports';
import { StatisticsScreen } from './statistics';
import { RightsRequestScreen } from './rights-request';
import { RightsRequestsScreen } from './rights-requests';

export const PRIVACY_ROUTES: readonly { readonly pattern: string; readonly render: (params: Record<string, string>) => ReactNode }[] = [
  { pattern: '/privacy/rights-requests', render: () => <RightsRequestsScreen /> },
  { pattern: '/privacy/rights-requests/:requestId', render: (p) => <RightsRequestScreen requestId={p.requestId ?? ''} key={p.requestId} /> },
  { pattern: '/privacy/statistics', render: () => <StatisticsScreen /> },
  { pattern: '/privacy/accountability', render: () => <AccountabilityScreen /> },
  { pattern: '/privacy/published-reports', render: () => <PublishedReportsScreen /> },
  { pattern: '/privacy/incidents', render: () => <IncidentsScreen /> },
  { pattern: '/privacy/incidents/:incidentId', render: (p) => <IncidentScreen incidentId={p.incidentId ?? ''} key={p.incidentId} /> },
  { pattern: '/privacy/provisions', render: () => <ProvisionsScreen /> },
  { pattern: '/privacy/complaints', render: () => <ComplaintsScreen /> },
  { pattern: '/privacy/complaints/:complaintId', render: (p) => <ComplaintScreen complaintId={p.complaintId ?? ''} key={p.complaintId} /> },
];

type MenuKey = 'rightsRequests' | 'accountability' | 'publishedReports' | 'incidents' | 'complaints' | 'provisions' | 'statistics';
/** The screens built so far, in menu order. */
const PATHS: Readonly<Partial<Record<MenuKey, string>>> = {
  rightsRequests: '/privacy/rights-requests',
  incidents: '/privacy/incidents',
  complaints: '/privacy/complaints',
  provisions: '/privacy/provisions',
  accountability: '/privacy/accountability',
  publishedReports: '/privacy/published-reports',
  statistics: '/privacy/statistics',
};

/** The menu items of the privacy office this user may use, as the API computes them. */
export function usePrivacyNav(userId: string | null): readonly { readonly path: string; readonly key: MenuKey }[] {
  const menu = useLoad(() => (userId === null ? Promise.resolve(null) : get<Record<MenuKey, boolean>>('/api/privacy/menu')), [userId]);
  const m = menu.data ?? null;
  if (m === null) return [];
  return (Object.keys(PATHS) as MenuKey[]).filter((k) => m[k]).map((key) => ({ key, path: PATHS[key] ?? '/' }));
}
