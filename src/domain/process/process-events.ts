/**
 * The vocabulary of steps the work process knows (§3). Which of them a collaboration takes, from
 * which phase to which, and in what words, is configuration (`ProcessVariant.transitions`); what
 * a step implies (a purge, an administrative set, a retention anchor) is code, per kind.
 */
export const PROCESS_EVENT_KINDS = [
  'accept',
  'reject',
  'refer',
  'close_without_meeting',
  'hand_over',
  'schedule_rto',
  'adopt_plan',
  'follow_up_rto',
  'close',
  'deescalate',
  'relapse',
  'archive',
  'delete',
  'reopen',
] as const;

export type ProcessEventKind = (typeof PROCESS_EVENT_KINDS)[number];

/** Generic names of the steps, for a collaboration that does not name a step it does not take. */
export const EVENT_NAMES: Readonly<Record<ProcessEventKind, { readonly nl: string; readonly en: string }>> = {
  accept: { nl: 'aannemen na screening', en: 'accept after screening' },
  reject: { nl: 'niet aannemen', en: 'not accept' },
  refer: { nl: 'doorverwijzen naar een andere tafel', en: 'refer to another table' },
  close_without_meeting: { nl: 'afsluiten zonder overleg', en: 'close without a meeting' },
  hand_over: { nl: 'overdragen aan een andere partij', en: 'hand over to another party' },
  schedule_rto: { nl: 'RTO plannen', en: 'schedule the RTO' },
  adopt_plan: { nl: 'plan van aanpak vaststellen', en: 'adopt the plan of approach' },
  follow_up_rto: { nl: 'vervolg-RTO', en: 'follow-up RTO' },
  close: { nl: 'afsluiten', en: 'close' },
  deescalate: { nl: 'afschalen', en: 'de-escalate' },
  relapse: { nl: 'terugval: terug naar monitoring', en: 'relapse: back to monitoring' },
  archive: { nl: 'archiveren', en: 'archive' },
  delete: { nl: 'verwijderen', en: 'delete' },
  reopen: { nl: 'heropenen', en: 're-open' },
};
