/** The incident as the API returns it (services/incidents/view-incident.ts). */
export interface NoticeStatus {
  readonly state: 'open' | 'overdue' | 'done';
  readonly dueAt: string;
  readonly late: boolean;
}

export interface IncidentSummary {
  readonly id: string;
  readonly discoveredAt: string;
  readonly registeredAt: string;
  readonly summary: string;
  readonly severity: string;
  readonly partnersNotifiedAt: string | null;
  readonly dpaNotifiedAt: string | null;
  readonly dpaNotRequiredReason: string | null;
  readonly closedAt: string | null;
  readonly evaluation: string | null;
  readonly status: { readonly partnerNotice: NoticeStatus & { readonly missing: readonly string[] }; readonly dpaNotice: NoticeStatus };
}

export interface IncidentDetail extends IncidentSummary {
  readonly reader: 'office' | 'partner';
  readonly partners: readonly { readonly partnerId: string; readonly name: string; readonly acknowledgedAt: string | null }[];
  readonly unacknowledged: readonly string[];
  readonly updates: readonly { readonly id: string; readonly kind: string; readonly body: string; readonly recordedAt: string }[];
  readonly abilities: { readonly track: boolean; readonly acknowledge: boolean; readonly close: boolean };
  readonly sent?: { readonly users: number; readonly untoldPartners: readonly string[] };
}
