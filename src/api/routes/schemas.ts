/** Shared zod schemas for request validation (and thereby the OpenAPI document). */
import { z } from 'zod';
import { COMPLEX_CASE_CRITERIA, CONTRIBUTION_PURPOSES, LIFE_DOMAINS, PHASES, PURPOSES } from '../../domain/model.js';
import { LEGAL_BASIS_KINDS, PARTNER_TYPES, RIGHTS_REQUEST_KINDS, ROLES } from '../../domain/model.js';
import { COMPLAINT_TOPICS } from '../../domain/incidents/complaint.js';
import type { RefusalGround } from '../../domain/rights/refusal-grounds.js';
import { validateBsn } from '../../domain/validation/bsn.js';
import { REGISTRATION_FIELD_NAMES } from '../../domain/process/registration-details.js';
import type { RegistrationFieldId } from '../../domain/process/registration-details.js';
import { UAVG_41_GROUNDS, WPG_27_GROUNDS } from '../../domain/rights/refusal-grounds.js';

export const uuid = z.uuid('must be a UUID');
export const caseParams = z.object({ caseId: uuid });
export const purpose = z.enum(PURPOSES);
export const phase = z.enum(PHASES);
export const contributionPurposes = z.array(z.enum(CONTRIBUTION_PURPOSES)).min(1, 'at least one purpose');
export const isoDate = z.iso.date('must be a date YYYY-MM-DD');
export const isoDateTime = z.iso.datetime({ offset: true, message: 'must be an ISO date-time' });
export const text = (max = 10_000) => z.string().trim().min(1, 'must not be empty').max(max);

const law = text(500);
export const legalBasis = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('consent'), consentId: uuid }),
  z.object({ kind: z.literal('legal_obligation'), law }),
  z.object({ kind: z.literal('vital_interest'), motivation: text(2000) }),
  z.object({ kind: z.literal('public_task'), law }),
  z.object({ kind: z.literal('wpg20'), decision: text(500) }),
  z.object({ kind: z.literal('legitimate_interest'), motivation: text(2000).exactOptional() }),
  z.object({
    kind: z.literal('compatible_further_processing'),
    factors: z.object({ linkOfPurposes: text(2000), context: text(2000), natureOfData: text(2000), consequences: text(2000), safeguards: text(2000) }),
  }),
  z.object({ kind: z.literal('conflict_of_duties'), motivation: text(2000) }),
]);

export const subject = z.object({
  name: text(200),
  birthDate: isoDate.optional(),
  address: text(500).optional(),
  bsn: z
    .string()
    .superRefine((value, ctx) => {
      // The 11-test here too, so a wrong BSN is reported with the other fields, not after them.
      const checked = validateBsn(value);
      if (!checked.ok) ctx.addIssue({ code: 'custom', message: checked.message.nl, params: { en: checked.message.en } });
    })
    .optional(),
  relation: text(100).optional(),
});

/** A structured registration text whose too-long refusal names the field in Dutch ("Aanleiding: …"). */
const detailText = (id: RegistrationFieldId, max = 4000) =>
  z.string().superRefine((value, ctx) => {
    const name = REGISTRATION_FIELD_NAMES[id];
    if (value.length > max) ctx.addIssue({ code: 'custom', message: `${name.nl}: gebruik hoogstens ${String(max)} tekens.`, params: { en: `${name.en}: use at most ${String(max)} characters.` } });
  });

/**
 * The structured registration fields (seed 002 Bijlage B §4); which ones a table asks, and which
 * are required, its configuration says (`tables[].registrationFields`). Empty texts count as not filled in.
 */
export const registrationDetails = z.object({
  reason: detailText('reason').optional(),
  cause: detailText('cause').optional(),
  nature: detailText('nature').optional(),
  duration: detailText('duration', 500).optional(),
  severity: detailText('severity').optional(),
  housingOwner: detailText('housing-owner', 300).optional(),
  landlord: detailText('landlord', 300).optional(),
  coResidents: z
    .array(z.object({ name: text(200), birthDate: z.iso.date({ error: 'Geboortedatum medebewoner: vul een bestaande datum in als jjjj-mm-dd.' }), relation: text(100).optional() }))
    .max(20)
    .optional(),
  stepPlan: detailText('step-plan').optional(),
  followUp: detailText('follow-up').optional(),
  workNote: detailText('work-note').optional(),
});

export const registerCaseBody = z.object({
  tableId: text(100),
  workArea: text(100).optional(),
  subjects: z.array(subject).min(1, 'at least one subject').max(20),
  complexCriteria: z.array(z.enum(COMPLEX_CASE_CRITERIA)).default([]),
  lifeDomains: z.array(z.enum(LIFE_DOMAINS)).default([]),
  /** The table's own criteria the registrant thinks apply: indexes into the table's `criteria` (GET /api/collaboration). */
  tableCriteria: z.array(z.number().int()).max(50).optional(),
  registration: z.object({
    /** Required, except where nothing but the minimal set is stored before pickup (Nijmegen): there it must be left out. */
    content: text().optional(),
    special: z.boolean().default(false),
    police: z.boolean().default(false),
    purposes: contributionPurposes.default(['screening', 'triage', 'rto', 'plan_execution', 'monitoring']),
    basis: legalBasis,
    /** The structured fields the table asks (GET /api/collaboration: `tables[].registrationFields`); others are refused. */
    details: registrationDetails.optional(),
  }),
  processDirectorId: uuid.optional(),
});

/** Releases for the RTO (P4): everybody invited, nobody, or named organisations. */
export const rtoRelease = z.union([z.literal('all'), z.literal('none'), z.array(uuid)]);
export const partnerIds = z.array(uuid).max(100);
export const contributionFields = z.object({
  content: text(),
  /** A life domain or a data kind of the case's table (`GET /api/cases/:id/table` lists them); required for content. */
  category: text(100).optional(),
  special: z.boolean().default(false),
  police: z.boolean().default(false),
  purposes: contributionPurposes,
  basis: legalBasis,
  releasedForRto: rtoRelease.default('none'),
  excluded: partnerIds.default([]),
  /** What a disclosure tells (P7): only who is involved and what kind of help, or content. */
  disclosureScope: z.enum(['involvement_only', 'content']).default('content'),
  /** The subjects of the case it is about (household cases); default: the only subject, or the case as a whole. */
  subjects: z.array(uuid).max(20).optional(),
});
export const informingTopic = z.enum(['registration', 'triage_outcome', 'rto_outcome', 'third_party', 'deletion']);
export const informingChannel = z.enum(['in_person', 'phone', 'letter', 'email', 'other']);

// Governance and accountability (partners, users, configuration, rights, incidents, complaints, audit, reports).

export const configSlug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case letters, digits and hyphens');
export const partnerParams = z.object({ partnerId: uuid });
export const userParams = z.object({ userId: uuid });
export const recordParams = z.object({ id: uuid });
export const roleName = z.enum(ROLES);
export const optionalMoment = z.union([isoDateTime, isoDate]).optional();

export const accessionRequestBody = z.object({
  slug: configSlug,
  name: text(200),
  type: z.enum(PARTNER_TYPES),
  publicAuthority: z.boolean(),
  maySeeSpecial: z.boolean(),
  mayUseBsn: z.boolean(),
  professionalSecrecy: z.boolean(),
  legalRegimes: z.array(text(50)).default([]),
  legalBasisCatalogue: z.array(z.object({ kind: z.enum(LEGAL_BASIS_KINDS), law: text(500).exactOptional(), description: text(500).exactOptional() })).min(1, 'at least one legal basis'),
});

export const accessionDecisionBody = z.object({
  by: z.discriminatedUnion('kind', [z.object({ kind: z.literal('partner'), partnerId: uuid }), z.object({ kind: z.literal('steering_group') })]),
  approved: z.boolean(),
  at: optionalMoment,
  motivation: text(2000).optional(),
});

export const declarationBody = z.object({ signedAt: optionalMoment });
export const noticeBody = z.object({
  givenAt: optionalMoment,
  /** Withdrawal over an amendment the partner finds unacceptable (seed 003 art. 19.3, seed 001 art. 18.3): the membership ends the day it takes effect. */
  onAmendment: z.object({ title: text(300), takesEffectAt: z.union([isoDateTime, isoDate]), reason: text(2000) }).optional(),
  /** The partners that consented to leaving at once (seed 000 art. 13.2): with all of them the membership ends now, else after the notice period. */
  unanimousConsents: z.array(z.object({ partnerId: uuid })).max(500).optional(),
});

/** The steering group's exclusion of a partner (seed 003 art. 21.2, seed 001 art. 20.2). */
export const exclusionBody = z.object({
  decidedAt: optionalMoment,
  reason: text(2000),
  noticeOfDefault: z.object({ givenAt: z.union([isoDateTime, isoDate]), reference: text(200).optional() }).optional(),
  votes: z.object({ for: z.number().int().nonnegative(), against: z.number().int().nonnegative() }),
});
export const membershipDecisionsResponse = z.array(
  z.object({
    id: z.string(),
    partnerId: z.string(),
    partnerName: z.string(),
    kind: z.enum(['exclusion', 'withdrawal_on_amendment', 'immediate_termination']),
    decidedAt: z.string(),
    effectiveAt: z.string(),
    reason: z.string(),
    votes: z.object({ for: z.number(), against: z.number() }).nullable(),
    noticeOfDefault: z.object({ givenAt: z.string(), reference: z.string().nullable() }).nullable(),
    amendment: z.object({ title: z.string(), takesEffectAt: z.string() }).nullable(),
    consents: z.array(z.string()),
    recordedByName: z.string(),
  }),
);
export const exclusionResponse = z.object({
  id: z.string(),
  partnerId: z.string(),
  decidedAt: z.string(),
  effectiveAt: z.string(),
  immediate: z.boolean(),
  reason: z.string(),
  noticeOfDefault: z.object({ givenAt: z.string(), reference: z.string().nullable() }).nullable(),
  votes: z.object({ for: z.number(), against: z.number() }),
  recordedBy: z.string(),
  confidentialityOutlivesMembership: z.literal(true),
  source: z.string(),
});

export const partnerDelegatesBody = z.object({ userIds: z.array(uuid).max(20, 'at most 20') });
const designation = z.object({ userIds: z.array(z.string()), designatedAt: z.string(), designatedBy: z.string(), designatedByName: z.string() });
export const partnerDelegatesResponse = z.object({
  partnerId: z.string(),
  partnerName: z.string(),
  current: designation.nullable(),
  history: z.array(designation),
  contacts: z.array(z.string()),
  designationInForce: z.boolean(),
  users: z.array(z.object({ id: z.string(), displayName: z.string(), role: z.string(), active: z.boolean(), ofPartner: z.boolean() })),
});

export const newUserBody = z.object({
  partnerId: uuid,
  username: z.string().trim().min(3, 'at least 3 characters').max(200),
  displayName: text(200),
  role: roleName,
  password: z.string().min(12, 'at least 12 characters').max(1000),
});
export const roleBody = z.object({ role: roleName });
/** 004-C06 / 004-R09: the configured work areas (`workAreas[].id`) a process director or statistician is responsible for; empty clears. */
export const userWorkAreasBody = z.object({ workAreas: z.array(text(100)).max(100) });
export const userChecksBody = z.object({ confidentialityDeclaredAt: optionalMoment, vogCheckedAt: optionalMoment });

export const tableParams = z.object({ tableId: configSlug });
/** A table of the configuration; the full check runs against the whole configuration. */
export const tableBody = z.record(z.string(), z.unknown());
export const rightsRequestBody = z.object({
  kind: z.enum(RIGHTS_REQUEST_KINDS),
  caseId: uuid.optional(),
  subjectId: uuid.optional(),
  requester: text(1000),
  receivedAt: optionalMoment,
});
export const extensionBody = z.object({ months: z.number().int(), reason: z.string().max(2000) });
export const refusalBody = z.object({
  regime: z.enum(['avg', 'wpg']),
  ground: z.enum([...UAVG_41_GROUNDS.map((g) => g.code), ...WPG_27_GROUNDS.map((g) => g.code)] as [RefusalGround, ...RefusalGround[]]),
  partial: z.boolean().default(false),
  motivation: z.string().max(4000),
});

export const subjectSearchQuery = z.object({ bsn: z.string().max(20).optional(), name: z.string().max(200).optional(), birthDate: z.string().max(20).optional() });
export const partnerAnswerBody = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('answered') }),
  refusalBody.extend({ outcome: z.literal('refused') }),
]);

/** A routed partner carries out the request on its own data about the subject (P15; AVG art. 16-18, 21). */
export const executionBody = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('rectification'),
    corrections: z.array(z.object({ contributionId: uuid, content: text(20000) })).max(50),
    /** Meeting notes, plan goals and plan actions about the subject, named by meeting, kind and present text (issue 13). */
    meetingItems: z.array(z.object({ meetingId: uuid, kind: z.enum(['meeting_note', 'plan_goal', 'plan_action']), text: text(20000), content: text(20000) })).max(50).optional(),
  }),
  z.object({ kind: z.literal('erasure') }),
  z.object({ kind: z.literal('restriction') }),
  z.object({ kind: z.literal('objection'), upheld: z.boolean(), reason: text(4000) }),
]);

/** The privacy officer lifts a restriction (AVG art. 18.3): with a reason, after informing the subject. */
export const liftRestrictionBody = z.object({ reason: text(4000), subjectInformedAt: z.union([isoDateTime, isoDate]) });

export const incidentBody = z.object({
  discoveredAt: z.union([isoDateTime, isoDate]),
  summary: text(2000),
  severity: z.enum(['low', 'high', 'unknown']).default('unknown'),
  caseIds: z.array(uuid).default([]),
});
export const incidentNoticeBody = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('partners'), at: optionalMoment }),
  z.object({ kind: z.literal('dpa'), at: optionalMoment }),
  z.object({ kind: z.literal('dpa_not_required'), motivation: text(2000) }),
]);

export const complaintBody = z.object({
  topic: z.enum(COMPLAINT_TOPICS),
  summary: text(2000),
  caseId: uuid.optional(),
  concernsPartnerId: uuid.optional(),
  complainant: text(1000).optional(),
  receivedAt: optionalMoment,
});
export const periodQuery = z.object({ from: z.union([isoDateTime, isoDate]), to: z.union([isoDateTime, isoDate]) });

export const auditQuery = z.object({
  userId: uuid.optional(),
  caseId: uuid.optional(),
  subjectId: uuid.optional(),
  action: z.string().max(100).optional(),
  outcome: z.enum(['allow', 'deny']).optional(),
  from: z.union([isoDateTime, isoDate]).optional(),
  to: z.union([isoDateTime, isoDate]).optional(),
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});
export const yearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2200) });
export const optionalYearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2200).optional() });
