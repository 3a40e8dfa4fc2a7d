/** Shared zod schemas for request validation (and thereby the OpenAPI document). */
import { z } from 'zod';
import { COMPLEX_CASE_CRITERIA, CONTRIBUTION_PURPOSES, LIFE_DOMAINS, PHASES, PURPOSES } from '../../domain/model.js';

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
  bsn: z.string().regex(/^\d{9}$/, 'nine digits').optional(),
  relation: text(100).optional(),
});

export const registerCaseBody = z.object({
  tableId: text(100),
  workArea: text(100).optional(),
  subjects: z.array(subject).min(1, 'at least one subject').max(20),
  complexCriteria: z.array(z.enum(COMPLEX_CASE_CRITERIA)).default([]),
  lifeDomains: z.array(z.enum(LIFE_DOMAINS)).default([]),
  registration: z.object({
    content: text(),
    special: z.boolean().default(false),
    police: z.boolean().default(false),
    purposes: contributionPurposes.default(['screening', 'triage', 'rto', 'plan_execution', 'monitoring']),
    basis: legalBasis,
  }),
  processDirectorId: uuid.optional(),
});

/** Releases for the RTO (P4): everybody invited, nobody, or named organisations. */
export const rtoRelease = z.union([z.literal('all'), z.literal('none'), z.array(uuid)]);
export const partnerIds = z.array(uuid).max(100);
export const contributionFields = z.object({
  content: text(),
  category: text(100).default('other'),
  special: z.boolean().default(false),
  police: z.boolean().default(false),
  purposes: contributionPurposes,
  basis: legalBasis,
  releasedForRto: rtoRelease.default('none'),
  excluded: partnerIds.default([]),
  /** What a disclosure tells (P7): only who is involved and what kind of help, or content. */
  disclosureScope: z.enum(['involvement_only', 'content']).default('content'),
});
export const informingTopic = z.enum(['registration', 'rto_outcome', 'third_party', 'deletion']);
export const informingChannel = z.enum(['in_person', 'phone', 'letter', 'email', 'other']);
