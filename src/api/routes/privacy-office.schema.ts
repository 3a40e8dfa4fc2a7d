/** Request schemas of the privacy office's routes: incident follow-up, complaints, the provision log, audit export, statistics. */
import { z } from 'zod';
import { CONTRIBUTION_PURPOSES, LIFE_DOMAINS } from '../../domain/model.js';
import { WPG20_DECISION_STATUSES } from '../../domain/process/wpg20-decision.js';
import { auditQuery, complaintBody, isoDate, isoDateTime, text, uuid } from './schemas.js';

export const incidentUpdateBody = z.object({ kind: z.enum(['development', 'measure']), body: text(4000) });
export const incidentCloseBody = z.object({ evaluation: text(4000) });

const moment = z.union([isoDateTime, isoDate]);
export const caseNumber = z.string().trim().regex(/^\d{4}-\d{4,}$/, 'must be a case number like 2026-0007');
export const provisionQuery = z.object({ from: moment.optional(), to: moment.optional(), caseNumber: caseNumber.optional() });
/** An oral provision of police data (002-A24): the data by life domain, never by content. */
export const oralProvisionBody = z.object({
  caseNumber,
  providedAt: isoDateTime,
  recipientPartnerIds: z.array(uuid).min(1, 'name at least one recipient').max(40),
  domain: z.enum(LIFE_DOMAINS),
  purpose: z.enum(CONTRIBUTION_PURPOSES),
  decisionReference: text(200).optional(),
});

export const complaintRegisterBody = complaintBody.extend({ caseNumber: caseNumber.optional() });
export const complaintResponseBody = z.object({ summary: text(2000).optional() });

export const auditReviewQuery = auditQuery.extend({
  caseNumber: caseNumber.optional(),
  rule: z.string().trim().max(40).optional(),
  /** A person within the collaboration: by BSN, or by name and birth date (P16 search by subject). */
  subjectBsn: z.string().trim().max(20).optional(),
  subjectName: z.string().trim().max(200).optional(),
  subjectBirthDate: isoDate.optional(),
});

/** What the police chief decided about the art. 20 Wpg decision (002-D10, ADR 0190). */
export const wpg20StatusBody = z.object({
  status: z.enum(WPG20_DECISION_STATUSES),
  reason: text(2000),
  /** The reference of a changed decision, or of a new one after a withdrawal. */
  decisionReference: text(500).optional(),
});
const wpg20Status = z.object({
  status: z.enum(WPG20_DECISION_STATUSES),
  reason: z.string(),
  decisionReference: z.string().nullable(),
  recordedAt: z.string(),
  recordedBy: z.string().nullable(),
});
export const wpg20DecisionList = z.array(
  z.object({ partnerId: z.string(), partnerName: z.string(), decision: z.string(), status: z.enum(WPG20_DECISION_STATUSES), history: z.array(wpg20Status) }),
);
export const wpg20StatusRecorded = z.object({ status: z.enum(WPG20_DECISION_STATUSES), recordedAt: z.string() });
