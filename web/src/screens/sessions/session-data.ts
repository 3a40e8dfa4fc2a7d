/** What the session screens read from the API (`/api/sessions…`, ADR 0050). */
export interface SessionSummary {
  readonly id: string;
  readonly bodyKind: string;
  readonly bodyId: string;
  readonly bodyName: string;
  readonly scheduledAt: string;
  readonly status: string;
  readonly items: number;
  readonly version: number;
}

export interface SessionBodyOption {
  readonly kind: 'table' | 'work_area';
  readonly id: string;
  readonly name: string;
}

export interface OpenItem {
  readonly visible: true;
  readonly itemId: string;
  readonly position: number;
  readonly caseId: string;
  readonly caseNumber: string;
  readonly meetingId: string;
  readonly reason: string;
  readonly title: string | null;
  readonly status: string;
  readonly goal: string;
  readonly invitations: readonly { readonly userId: string; readonly name: string; readonly partnerName: string; readonly present: boolean | null }[];
  readonly record: { readonly reason: string; readonly goals: readonly { readonly goal: string }[] } | null;
}

export interface ClosedItem {
  readonly visible: false;
  readonly itemId: string;
  readonly position: number;
  readonly caseNumber: string;
  readonly line: string;
}

/** A group or theme on a group-level table's agenda (ADR 0097): no personal data. */
export interface OpenTopic {
  readonly visible: true;
  readonly topicId: string;
  readonly kind: 'group' | 'theme';
  readonly position: number;
  readonly title: string;
  readonly description: string;
  readonly approach: string | null;
  readonly individualsToRoute: number;
  readonly routeToTableId: string | null;
  readonly partners: readonly { readonly partnerId: string; readonly name: string }[];
  readonly actions: readonly { readonly id: string; readonly description: string; readonly ownerPartnerName: string; readonly dueAt: string | null }[];
}

export interface ClosedTopic {
  readonly visible: false;
  readonly topicId: string;
  readonly kind: 'group' | 'theme';
  readonly position: number;
  readonly line: string;
}

export type Topic = OpenTopic | ClosedTopic;

export interface SessionView {
  readonly id: string;
  readonly bodyName: string;
  readonly chairRole: string | null;
  readonly scheduledAt: string;
  readonly status: string;
  readonly cancelReason: string | null;
  readonly place: string | null;
  readonly link: string | null;
  readonly chair: { readonly userId: string; readonly name: string } | null;
  readonly participants: readonly { readonly userId: string; readonly name: string; readonly partnerName: string }[];
  readonly items: readonly (OpenItem | ClosedItem)[];
  readonly topics: readonly Topic[];
  readonly groupLevel: boolean;
  readonly topicPartners: readonly { readonly id: string; readonly name: string }[];
  readonly mayPlan: boolean;
  readonly version: number;
}

export interface Proposal {
  readonly caseId: string;
  readonly number: string;
  readonly reason: string;
}

export interface ActionListView {
  readonly sendBy: string | null;
  readonly sentAt: string | null;
  readonly items: readonly (
    | { readonly visible: true; readonly itemId: string; readonly caseId: string; readonly meetingId: string; readonly caseNumber: string; readonly actions: readonly { readonly id: string; readonly description: string; readonly ownerPartnerName: string; readonly dueAt: string | null; readonly status: string }[]; readonly takeAlong: readonly string[] }
    | ClosedItem
  )[];
  readonly topics: readonly Topic[];
}

export function formatDateTime(iso: string, lang: string): string {
  return new Date(iso).toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' });
}

/** An ISO instant as the value of a `datetime-local` input, in the browser's time zone. */
export function toLocalInput(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${String(d.getFullYear())}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A `datetime-local` value as an ISO instant, or null when it is empty or no date. */
export function fromLocalInput(value: string): string | null {
  if (value.trim() === '') return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}
