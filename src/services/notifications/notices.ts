/**
 * The notices of the work process (§7), one function per event, called by the use-case that
 * causes it in its own transaction: an RTO invitation (with an iCalendar entry), a triage
 * question to a partner, a data-subject request routed to partners (P15), an incident registered
 * and its 24-hour notice to every partner (P17), and the action list of a meeting (§3.3). Who is
 * told follows the domain's recipient rules (domain/notifications/recipients.ts).
 */
import type { ReminderKind } from '../../domain/reporting/reminders.js';
import { privacyContacts, triageAnswerers, untold } from '../../domain/notifications/recipients.js';
import type { ServiceDeps, Trx } from '../ports.js';
import { meetingIcal } from './meeting-ical.js';
import { notify, noticeUsers } from './notify.js';
import type { NoticeResult } from './notify.js';

/** The in-app paths notices open. The privacy office's screens are `/privacy/…`. */
export const NOTICE_LINKS = {
  meeting: (caseId: string, meetingId: string) => `/cases/${caseId}/meetings/${meetingId}`,
  actionList: (caseId: string, meetingId: string) => `/cases/${caseId}/meetings/${meetingId}/actions`,
  triageQuestion: (caseId: string, questionId: string) => `/cases/${caseId}/triage/${questionId}`,
  rightsRequest: (id: string) => `/privacy/rights-requests/${id}`,
  incident: (id: string) => `/privacy/incidents/${id}`,
  /** The reader's action list as PDF: a download that passes the access gate (documents.route.ts). */
  actionListPdf: (caseId: string, meetingId: string) => `/api/cases/${caseId}/documents/action-lists/${meetingId}`,
} as const;

/** The in-app path a reminder opens (a screen of the web interface; test/web/notice-links.test.ts). */
export function reminderLink(kind: ReminderKind, caseId: string | null, refId: string | null): string {
  switch (kind) {
    case 'rights_request_deadline':
      return NOTICE_LINKS.rightsRequest(refId ?? '');
    case 'incident_partner_notice':
    case 'incident_dpa_notice':
      return NOTICE_LINKS.incident(refId ?? '');
    case 'inform_subject':
      return caseId === null ? '/' : `/cases/${caseId}/informing`;
    case 'retention_step':
    case 'retention_reassessment':
    case 'inform_subject_of_deletion':
      return caseId === null ? '/' : `/cases/${caseId}/retention`;
    case 'follow_up':
      return caseId === null || refId === null ? '/' : NOTICE_LINKS.meeting(caseId, refId);
    case 'action_list_due':
      return caseId === null || refId === null ? '/' : NOTICE_LINKS.actionList(caseId, refId);
    case 'action_due':
    case 'action_overdue':
    case 'evaluation_due':
      return caseId === null ? '/' : `/cases/${caseId}`;
    case 'declaration_expiring':
      // Every screen tells the user which declaration expires when (web/src/screens/declarations.tsx).
      return '/';
    case 'declaration_to_renew':
      return refId === null ? '/admin' : `/admin/users/${refId}`;
  }
}

/**
 * The registrant learns the outcome of its registration (seed 004 Bijlage 3 stap 3: "de inbrenger
 * informeert het huishouden in geval van niet oppakken"): picked up, or not (with the process
 * director's advice, if any). The notice names no one; the case id is opaque and its data is gone.
 */
export async function noticeSignalOutcome(
  deps: ServiceDeps,
  trx: Trx,
  input: { collaborationId: string; caseId: string; registrantUserId: string | null; outcome: 'picked_up' | 'not_picked_up'; advice: string | null },
): Promise<NoticeResult> {
  if (input.registrantUserId === null) return { users: 0, mails: 0 };
  return notify(deps, trx, {
    kind: input.outcome === 'picked_up' ? 'signal_picked_up' : 'signal_not_picked_up',
    collaborationId: input.collaborationId,
    userIds: [input.registrantUserId],
    link: input.outcome === 'picked_up' ? `/cases/${input.caseId}` : '/inbox',
    caseId: input.caseId,
    key: `signal_outcome:${input.caseId}`,
    message: input.advice,
  });
}

/**
 * Seed 003 Bijlage 3 Fase 4 ("Activiteiten"): at de-escalation the process director tells the
 * participants of the RTO that the dossier was cleaned up, what stays and for how long. The notice
 * goes to every professional invited to a meeting of the case; the dates are in the inbox message,
 * never in the e-mail (row 003-108).
 */
export async function noticeDeescalated(
  deps: ServiceDeps,
  trx: Trx,
  input: { collaborationId: string; caseId: string; decidedAt: Date; archiveDueAt: Date; deleteDueAt: Date },
): Promise<NoticeResult> {
  const invited = await trx
    .selectFrom('meeting_invitations')
    .select('user_id')
    .where('case_id', '=', input.caseId)
    .where('participant_role', 'not in', ['subject', 'representative'])
    .execute();
  const day = (d: Date): string => d.toISOString().slice(0, 10);
  const archived = input.archiveDueAt.getTime() < input.deleteDueAt.getTime();
  return notify(deps, trx, {
    kind: 'dossier_deescalated',
    collaborationId: input.collaborationId,
    userIds: invited.map((r) => r.user_id),
    link: '/inbox',
    caseId: input.caseId,
    key: `deescalated:${input.caseId}:${input.decidedAt.toISOString()}`,
    message: archived
      ? `Het dossier is afgeschaald en opgeschoond. Het blijft actief tot ${day(input.archiveDueAt)}; daarna blijft alleen de administratieve set, tot ${day(input.deleteDueAt)}; dan wordt alles verwijderd. Wat u nog nodig hebt, vraagt u aan de partij die het heeft verstrekt.`
      : `Het dossier is afgeschaald en opgeschoond. Het blijft tot ${day(input.deleteDueAt)}; dan wordt alles verwijderd. Wat u nog nodig hebt, vraagt u aan de partij die het heeft verstrekt.`,
  });
}

/**
 * Seed 002 Bijlage B §1: a case handed over after the enrichment. The receiving partner's
 * professionals learn that it was handed over to them, why (in words), when and by whom, and
 * nothing of the case's content; the case number is in the inbox message, never in the e-mail.
 */
export async function noticeHandedOver(
  deps: ServiceDeps,
  trx: Trx,
  input: { collaborationId: string; caseId: string; partnerId: string; message: string; at: Date },
): Promise<NoticeResult> {
  const users = await noticeUsers(trx, input.collaborationId);
  return notify(deps, trx, {
    kind: 'case_handed_over',
    collaborationId: input.collaborationId,
    userIds: triageAnswerers(input.partnerId, users),
    link: '/inbox',
    caseId: input.caseId,
    key: `handed_over:${input.caseId}:${input.at.toISOString()}`,
    message: input.message,
  });
}

/**
 * Seed 001 art. 17.3, seed 003 art. 18.3: the partners are told beforehand of an intended
 * accession. Each member partner's privacy contacts get it in their inbox, with the candidate's
 * name and what the covenant asks of them; the e-mail names neither.
 */
export async function noticeAccessionIntended(
  deps: ServiceDeps,
  trx: Trx,
  input: { collaborationId: string; candidateId: string; partners: readonly string[]; message: string },
): Promise<NoticeResult & { readonly untold: readonly string[] }> {
  const users = await noticeUsers(trx, input.collaborationId);
  const result = await notify(deps, trx, {
    kind: 'accession_intended',
    collaborationId: input.collaborationId,
    userIds: privacyContacts(input.partners, users),
    link: '/inbox',
    refId: input.candidateId,
    key: `accession_intended:${input.candidateId}`,
    message: input.message,
  });
  return { ...result, untold: untold(input.partners, users) };
}

export async function noticeMeetingInvitation(
  deps: ServiceDeps,
  trx: Trx,
  input: { collaborationId: string; caseId: string; meetingId: string; invitationId: string; userId: string; scheduledAt: Date; tableId: string },
): Promise<NoticeResult> {
  let ical: string | null = null;
  if (deps.mail !== undefined) {
    const config = await deps.collaborationConfig(trx, input.collaborationId);
    const tableName = config.tables.find((t) => t.id === input.tableId)?.name ?? input.tableId;
    ical = meetingIcal({ meetingId: input.meetingId, scheduledAt: input.scheduledAt, tableName, collaborationName: config.name, publicUrl: deps.mail.publicUrl, now: deps.now() });
  }
  return notify(deps, trx, {
    kind: 'meeting_invitation',
    collaborationId: input.collaborationId,
    userIds: [input.userId],
    link: NOTICE_LINKS.meeting(input.caseId, input.meetingId),
    caseId: input.caseId,
    refId: input.meetingId,
    dueAt: input.scheduledAt,
    key: `meeting_invitation:${input.invitationId}`,
    ical,
  });
}

export async function noticeTriageQuestion(deps: ServiceDeps, trx: Trx, input: { collaborationId: string; caseId: string; questionId: string; partnerId: string }): Promise<NoticeResult> {
  const users = await noticeUsers(trx, input.collaborationId);
  return notify(deps, trx, {
    kind: 'triage_question',
    collaborationId: input.collaborationId,
    userIds: triageAnswerers(input.partnerId, users),
    link: NOTICE_LINKS.triageQuestion(input.caseId, input.questionId),
    caseId: input.caseId,
    refId: input.questionId,
    key: `triage_question:${input.questionId}`,
  });
}

export async function noticeRightsRequestRouted(deps: ServiceDeps, trx: Trx, input: { collaborationId: string; requestId: string; partners: readonly string[]; dueAt: Date }): Promise<NoticeResult> {
  const users = await noticeUsers(trx, input.collaborationId);
  return notify(deps, trx, {
    kind: 'rights_request_routed',
    collaborationId: input.collaborationId,
    userIds: privacyContacts(input.partners, users),
    link: NOTICE_LINKS.rightsRequest(input.requestId),
    refId: input.requestId,
    dueAt: input.dueAt,
    key: `rights_request_routed:${input.requestId}`,
  });
}

/** A new incident: the collaboration's privacy officers are told at once (they send the 24-hour notice). */
export async function noticeIncidentRegistered(deps: ServiceDeps, trx: Trx, input: { collaborationId: string; incidentId: string; partnerDueAt: Date }): Promise<NoticeResult> {
  const users = await noticeUsers(trx, input.collaborationId);
  return notify(deps, trx, {
    kind: 'incident_registered',
    collaborationId: input.collaborationId,
    userIds: users.filter((u) => u.active && u.role === 'privacy_officer').map((u) => u.id),
    link: NOTICE_LINKS.incident(input.incidentId),
    refId: input.incidentId,
    dueAt: input.partnerDueAt,
    key: `incident_registered:${input.incidentId}`,
  });
}

/**
 * The 24-hour notice of an incident to every partner (P17): each partner's privacy contacts get
 * it in their inbox and by e-mail. Returns the partners no notice could reach (no active user).
 */
export async function sendIncidentNotice(deps: ServiceDeps, trx: Trx, input: { collaborationId: string; incidentId: string; partners: readonly string[]; sentAt: Date }): Promise<NoticeResult & { readonly untold: readonly string[] }> {
  const users = await noticeUsers(trx, input.collaborationId);
  const result = await notify(deps, trx, {
    kind: 'incident_notice',
    collaborationId: input.collaborationId,
    userIds: privacyContacts(input.partners, users),
    link: NOTICE_LINKS.incident(input.incidentId),
    refId: input.incidentId,
    key: `incident_notice:${input.incidentId}:${input.sentAt.toISOString()}`,
  });
  return { ...result, untold: untold(input.partners, users) };
}

/**
 * The action list of a meeting to everyone who takes part in it (§3.3): the invited professionals,
 * the case director and the named owners of its actions. Each reads (and downloads) it in the
 * system, where it holds only what that person may see and take along: the e-mail links to the
 * reader's PDF and never carries it (ADR 0080).
 */
export async function sendActionList(deps: ServiceDeps, trx: Trx, input: { collaborationId: string; caseId: string; meetingId: string; sentAt: Date }): Promise<NoticeResult> {
  const [invited, director, owners] = await Promise.all([
    trx.selectFrom('meeting_invitations').innerJoin('users', 'users.id', 'meeting_invitations.user_id').select('users.id').where('meeting_invitations.meeting_id', '=', input.meetingId).execute(),
    trx.selectFrom('case_director_appointments').select('user_id').where('case_id', '=', input.caseId).where('ended_at', 'is', null).execute(),
    trx.selectFrom('plan_actions').select('owner_user_id').where('meeting_id', '=', input.meetingId).where('owner_user_id', 'is not', null).where('restricted_at', 'is', null).where('erased_at', 'is', null).execute(),
  ]);
  const userIds = [...invited.map((r) => r.id), ...director.map((r) => r.user_id), ...owners.flatMap((r) => (r.owner_user_id === null ? [] : [r.owner_user_id]))];
  return notify(deps, trx, {
    kind: 'action_list_sent',
    collaborationId: input.collaborationId,
    userIds,
    link: NOTICE_LINKS.actionList(input.caseId, input.meetingId),
    caseId: input.caseId,
    refId: input.meetingId,
    key: `action_list_sent:${input.meetingId}:${input.sentAt.toISOString()}`,
    documentPath: NOTICE_LINKS.actionListPdf(input.caseId, input.meetingId),
  });
}

/**
 * Who hears of something about data some partners received in a case: their designated
 * professionals in the case and those invited to its meetings; a partner with neither is reached
 * through its privacy contacts.
 */
async function partnersInCase(trx: Trx, collaborationId: string, caseId: string, partnerIds: readonly string[]): Promise<string[]> {
  const partners = [...partnerIds];
  const involved = await trx.selectFrom('involvement').select(['user_id', 'partner_id']).where('case_id', '=', caseId).where('ended_at', 'is', null).where('partner_id', 'in', partners).execute();
  const invited = await trx
    .selectFrom('meeting_invitations')
    .select(['user_id', 'partner_id'])
    .where('case_id', '=', caseId)
    .where('partner_id', 'in', partners)
    .where('participant_role', 'not in', ['subject', 'representative'])
    .execute();
  const inCase = [...involved, ...invited];
  const reached = new Set(inCase.map((r) => r.partner_id));
  const contacts = privacyContacts(partners.filter((p) => !reached.has(p)), await noticeUsers(trx, collaborationId));
  return [...inCase.map((r) => r.user_id), ...contacts];
}

/**
 * A restriction is lifted (AVG art. 18.3, art. 19): the partners that received the lifted data are
 * told that it is processed again — their designated professionals in the case and those invited to
 * its meetings; a partner with neither through its privacy contacts. The message names no person.
 */
export async function noticeRestrictionLifted(
  deps: ServiceDeps,
  trx: Trx,
  input: { collaborationId: string; caseId: string; requestId: string; partners: readonly string[]; liftedAt: Date },
): Promise<NoticeResult> {
  if (input.partners.length === 0) return { users: 0, mails: 0 };
  const userIds = await partnersInCase(trx, input.collaborationId, input.caseId, input.partners);
  return notify(deps, trx, {
    kind: 'restriction_lifted',
    collaborationId: input.collaborationId,
    userIds,
    link: '/inbox',
    caseId: input.caseId,
    refId: input.requestId,
    key: `restriction_lifted:${input.requestId}:${input.liftedAt.toISOString()}`,
    message: 'De beperking van de verwerking (art. 18 AVG) van gegevens die uw organisatie in deze casus ontving, is opgeheven: de gegevens worden weer verwerkt zoals voor de beperking (art. 19 AVG).',
  });
}

/**
 * A contribution is corrected after it was provided (seed 002 Bijlage D §7: "draagt de politie
 * zorg dat ontvangende partijen op de hoogte worden gebracht van correcties en/of aanvullingen";
 * AVG art. 19): the partners it was released to are told, their designated professionals in the
 * case and those invited to its meetings; a partner with neither through its privacy contacts.
 * The message names no person and holds no content: the correction is read in the case.
 */
export async function noticeContributionCorrected(
  deps: ServiceDeps,
  trx: Trx,
  input: { collaborationId: string; caseId: string; correctionId: string; byPartnerName: string; partners: readonly string[]; at: Date },
): Promise<NoticeResult> {
  if (input.partners.length === 0) return { users: 0, mails: 0 };
  const userIds = await partnersInCase(trx, input.collaborationId, input.caseId, input.partners);
  return notify(deps, trx, {
    kind: 'contribution_corrected',
    collaborationId: input.collaborationId,
    userIds,
    link: `/cases/${input.caseId}`,
    caseId: input.caseId,
    refId: input.correctionId,
    key: `contribution_corrected:${input.correctionId}`,
    message: `${input.byPartnerName} heeft een bijdrage die uw organisatie in deze casus ontving gecorrigeerd of aangevuld; lees de gecorrigeerde versie in de casus.`,
  });
}
