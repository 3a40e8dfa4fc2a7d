/**
 * P9: every provision of police data is logged with what Wpg art. 32 requires: recipient,
 * date, description of the data, purpose and the collaboration's name (seed 002 Bijlage A
 * art. 10), plus who provided it under which art. 20 decision.
 */
import { parseIso } from '../validation/iso-date.js';
import { ALLOWED, refuse, type GuardResult } from './reasons.js';
import type { PoliceProvision } from './records.js';
import { filled } from './text.js';

export function checkPoliceProvision(p: PoliceProvision): GuardResult {
  const complete =
    [p.caseId, p.recipientOrganisation, p.dataDescription, p.purpose, p.collaborationName, p.providedBy, p.wpgDecision].every(filled) &&
    parseIso(p.providedAt) !== null;
  return complete ? ALLOWED : refuse('police_provision_incomplete');
}
