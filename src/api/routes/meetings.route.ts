import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { LIFE_DOMAINS } from '../../domain/model.js';
import { getActionList } from '../../services/meetings/action-list.js';
import { appointCaseDirector } from '../../services/meetings/appoint-case-director.js';
import { readCaseManagerBrief, recordCaseManagerBrief } from '../../services/meetings/case-manager-brief.js';
import { createMeeting } from '../../services/meetings/create-meeting.js';
import { inviteParticipant, inviteParticipants } from '../../services/meetings/invite-participant.js';
import { listCaseMeetings } from '../../services/meetings/list-meetings.js';
import { markActionListSent } from '../../services/meetings/mark-action-list-sent.js';
import { handOverCase } from '../../services/meetings/hand-over-case.js';
import { myActions } from '../../services/meetings/my-actions.js';
import { meetingAgenda } from '../../services/meetings/meeting-agenda.js';
import { SUBJECT_INVOLVEMENT } from '../../services/meetings/meeting-preparation.js';
import { recordAttendance } from '../../services/meetings/record-attendance.js';
import { saveMeetingRecord } from '../../services/meetings/save-meeting-record.js';
import { viewMeeting } from '../../services/meetings/view-meeting.js';
import type { ApiOptions } from '../app.js';
import { defineRoute } from '../route.js';
import { caseParams, isoDateTime, text, uuid } from './schemas.js';

const meetingParams = z.object({ caseId: uuid, meetingId: uuid });
const dateOrDateTime = z.union([z.iso.date('must be a date YYYY-MM-DD'), isoDateTime]);

const createBody = z.object({
  scheduledAt: isoDateTime,
  tableId: text(100).optional(),
  preparation: z.object({
    goal: text(2000),
    themes: z.array(text(500)).max(50).default([]),
    decisionsToTake: z.array(text(500)).max(50).default([]),
    subjectInvolvement: z.enum(SUBJECT_INVOLVEMENT),
    careAgreements: text(4000),
  }),
});

const caseMeetingsResponse = z.array(
  z.object({
    id: z.string(),
    tableId: z.string(),
    scheduledAt: z.string(),
    status: z.enum(['planned', 'held', 'cancelled']),
    heldAt: z.string().nullable(),
    followUp: z.boolean(),
    actionListSentAt: z.string().nullable(),
    invitations: z.number().int(),
    actions: z.number().int(),
  }),
);

const professionalInvite = z.object({
  userId: uuid,
  role: z.enum(['expert', 'informant', 'intended_executor']),
  tableReason: text(2000).optional(),
  /** What is asked of this party in the meeting (seed 001/003 art. 9.2e). */
  requestedContribution: text(2000).optional(),
  /** This party's information need for the plan (seed 001/003 art. 6.4c). */
  informationNeed: text(2000).optional(),
});

const inviteBody = z.union([
  professionalInvite,
  z.object({ subjectId: uuid, role: z.literal('subject') }),
  z.object({ subjectId: uuid, role: z.literal('representative'), representativeName: text(200) }),
]);

/** The subjects of the case an item is about (household cases); absent: the one subject, or the case as a whole. */
const subjectList = z.array(uuid).max(20).optional();

const recordBody = z.object({
  version: z.number().int().positive(),
  date: dateOrDateTime,
  status: z.enum(['planned', 'held', 'cancelled']),
  reason: text(4000),
  present: z.array(uuid).max(100).default([]),
  /** Notes of the meeting, each with the subjects of the case it is about (household cases; none: the case as a whole). */
  notes: z.array(z.object({ text: text(4000), subjects: subjectList })).max(50).optional(),
  /** The state of affairs (seed 002 Bijlage B, 2: "stand van zaken"); kept as a note about the case as a whole. */
  stateOfAffairs: text(4000).optional(),
  /** The result as a jointly supported proposal (seed 002 Bijlage B §3), where the collaboration allows it: the text and the partners that support it. */
  proposal: z.object({ text: text(4000), supportedBy: z.array(uuid).max(50) }).optional(),
  plan: z.object({
    goals: z.array(z.object({ domain: z.enum(LIFE_DOMAINS), goal: text(2000), subjects: subjectList })).max(50),
    actions: z
      .array(z.object({ id: uuid.optional(), description: text(2000), ownerPartnerId: uuid, ownerUserId: uuid.optional(), dueAt: dateOrDateTime, domain: z.enum(LIFE_DOMAINS).optional(), subjects: subjectList }))
      .max(100),
  }),
  /** The contributions that stay available for monitoring after this RTO (seed 003 Fase 3); absent: no choice recorded. */
  monitoringKept: z.array(uuid).max(1000).optional(),
  /** What the monitoring is for (seed 003 Fase 3, 003-92): needed when the record keeps contributions for it. */
  monitoringPurpose: text(2000).optional(),
  /** Who informs the subject of the outcome when the subject is not present (seed 000 Bijlage 2): an invited professional or a process director of the case. */
  outcomeInformant: z.object({ userId: uuid }).optional(),
  /** Days within which the case is discussed again (seed 000 MDO, 000-R70), within the table's frequency; the staff are reminded when it passes. */
  followUpInDays: z.number().int().min(1).max(366).optional(),
});

export function registerMeetingRoutes(app: FastifyInstance, { deps }: ApiOptions): void {
  defineRoute(
    app,
    {
      method: 'POST',
      url: '/api/cases/:caseId/meetings',
      summary: 'Prepare an RTO meeting (goal, themes, decisions, subject involvement, care agreements)',
      tags: ['meetings'],
      auth: 'personal',
      params: caseParams,
      body: createBody,
      status: 201,
    },
    ({ actor, params, body }) => createMeeting(deps, actor, params.caseId, body),
  );

  defineRoute(
    app,
    {
      method: 'GET',
      url: '/api/cases/:caseId/meetings',
      summary: 'The meetings of one case that I may see: the RTO and its follow-ups',
      description: 'Decided by the access engine like the other meeting reads (staff; the registrant in screening and triage; invited participants and the case director in the meeting phases) and audited. Dates, status and counts only.',
      tags: ['meetings'],
      auth: 'personal',
      params: caseParams,
      response: caseMeetingsResponse,
    },
    ({ actor, params }) => listCaseMeetings(deps, actor, params.caseId),
  );

  defineRoute(
    app,
    { method: 'GET', url: '/api/cases/:caseId/meetings/:meetingId', summary: 'One meeting as I may see it', tags: ['meetings'], auth: 'personal', params: meetingParams },
    ({ actor, params }) => viewMeeting(deps, actor, params.caseId, params.meetingId),
  );

  defineRoute(
    app,
    {
      method: 'POST',
      url: '/api/cases/:caseId/meetings/:meetingId/invitations',
      summary: 'Invite a participant with a role (P2: only who may lawfully attend)',
      description: 'An invited professional is designated in the case for its organisation. The subject or a representative only where the collaboration allows it, with signed consent.',
      tags: ['meetings'],
      auth: 'personal',
      params: meetingParams,
      body: inviteBody,
      status: 201,
    },
    ({ actor, params, body }) => inviteParticipant(deps, actor, params.caseId, params.meetingId, body),
  );

  defineRoute(
    app,
    {
      method: 'POST',
      url: '/api/cases/:caseId/meetings/:meetingId/invitations/batch',
      summary: 'Invite several professionals at once, each with a role (P2 for each; all or none)',
      description: 'One form for all chosen partners: every invitation is checked as a single one is, in one transaction. A refusal names the row (`invitations.N.field`) and nobody is invited.',
      tags: ['meetings'],
      auth: 'personal',
      params: meetingParams,
      body: z.object({ invitations: z.array(professionalInvite).min(1).max(50) }),
      status: 201,
    },
    ({ actor, params, body }) => inviteParticipants(deps, actor, params.caseId, params.meetingId, body.invitations),
  );

  defineRoute(
    app,
    {
      method: 'POST',
      url: '/api/cases/:caseId/meetings/:meetingId/attendance',
      summary: 'Record whether an invited participant attended',
      description: 'A representative is recorded present only when identified at the meeting (`identified: true`, seed 002 Bijlage B); otherwise P2 refuses.',
      tags: ['meetings'],
      auth: 'personal',
      params: meetingParams,
      body: z.object({ participantId: uuid, present: z.boolean(), identified: z.boolean().optional() }),
    },
    ({ actor, params, body }) => recordAttendance(deps, actor, params.caseId, params.meetingId, body),
  );

  defineRoute(
    app,
    {
      method: 'PUT',
      url: '/api/cases/:caseId/meetings/:meetingId/record',
      summary: 'Save the meeting record and plan of approach (optimistic locking: 409 when stale)',
      tags: ['meetings'],
      auth: 'personal',
      params: meetingParams,
      body: recordBody,
    },
    ({ actor, params, body }) => saveMeetingRecord(deps, actor, params.caseId, params.meetingId, body),
  );

  defineRoute(
    app,
    { method: 'GET', url: '/api/cases/:caseId/meetings/:meetingId/action-list', summary: 'The action list of a meeting', tags: ['meetings'], auth: 'personal', params: meetingParams },
    ({ actor, params }) => getActionList(deps, actor, params.caseId, params.meetingId),
  );

  defineRoute(
    app,
    {
      method: 'POST',
      url: '/api/cases/:caseId/meetings/:meetingId/action-list/sent',
      summary: 'Record that the process director sent the action list (due within a week)',
      tags: ['meetings'],
      auth: 'personal',
      params: meetingParams,
    },
    ({ actor, params }) => markActionListSent(deps, actor, params.caseId, params.meetingId),
  );

  defineRoute(
    app,
    {
      method: 'POST',
      url: '/api/cases/:caseId/case-director',
      summary: 'Appoint the case director; its organisation becomes the lead partner',
      tags: ['meetings'],
      auth: 'personal',
      params: caseParams,
      body: z.object({ userId: uuid, meetingId: uuid.optional(), version: z.number().int().positive().optional() }),
    },
    ({ actor, params, body }) => appointCaseDirector(deps, actor, params.caseId, body),
  );

  defineRoute(
    app,
    {
      method: 'PUT',
      url: '/api/cases/:caseId/case-director/brief',
      summary: "Give or adjust the case manager's brief and performance brief (seed 004 stap 4); an adjustment names its reason",
      tags: ['meetings'],
      auth: 'personal',
      params: caseParams,
      body: z.object({ brief: z.string().max(10_000), performanceBrief: z.string().max(10_000), reason: z.string().max(2_000).optional() }),
    },
    ({ actor, params, body }) => recordCaseManagerBrief(deps, actor, params.caseId, body),
  );

  defineRoute(
    app,
    {
      method: 'GET',
      url: '/api/cases/:caseId/case-director/brief',
      summary: "The case manager's brief with its history (staff of the case and the case manager)",
      tags: ['meetings'],
      auth: 'personal',
      params: caseParams,
    },
    ({ actor, params }) => readCaseManagerBrief(deps, actor, params.caseId),
  );

  defineRoute(
    app,
    {
      method: 'POST',
      url: '/api/cases/:caseId/case-director/handover',
      summary: 'The case director hands the case to a colleague of the same partner (audited)',
      tags: ['meetings'],
      auth: 'personal',
      params: caseParams,
      body: z.object({ toUserId: uuid, version: z.number().int().positive().optional() }),
    },
    ({ actor, params, body }) => handOverCase(deps, actor, params.caseId, body),
  );

  defineRoute(
    app,
    {
      method: 'GET',
      url: '/api/my-actions',
      summary: "My organisation's open plan actions across the cases I may read, overdue first",
      description: 'Decided per case by the access engine as the action list is; a case the user may not read is left out. Every case shown is audited.',
      tags: ['meetings'],
      auth: 'personal',
      response: z.array(
        z.object({
          id: z.string(),
          caseId: z.string(),
          caseNumber: z.string(),
          meetingId: z.string().nullable(),
          description: z.string(),
          dueAt: z.string().nullable(),
          overdue: z.boolean(),
          mine: z.boolean(),
        }),
      ),
    },
    ({ actor }) => myActions(deps, actor),
  );

  defineRoute(
    app,
    {
      method: 'GET',
      url: '/api/meetings',
      summary: 'The agenda: meetings in a period, by case number only',
      tags: ['meetings'],
      auth: 'personal',
      query: z.object({ from: dateOrDateTime, to: dateOrDateTime, tableId: text(100).optional(), workArea: text(100).optional() }),
    },
    ({ actor, query }) => meetingAgenda(deps, actor, query),
  );
}
