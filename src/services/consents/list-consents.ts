/** The consents and refusals of a case, for whoever has a lawful relation to the case now (engine), audited. */
import { computeAbilities } from '../../domain/access/abilities.js';
import { domainActor, gate, withActor } from '../access-gate.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { requireCase } from '../cases/case-context.js';
import { CASE_TEXT_FIELDS, openCaseText } from '../../store/repositories/case-text.js';
import { optionalCaseKey } from '../phases/process-context.js';

export interface ConsentView {
  readonly id: string;
  readonly subjectId: string;
  readonly partners: readonly string[];
  readonly scope: string;
  /** `sharing`, or the household's consent to domain-crossing processing (seed 004 stap 4). */
  readonly kind: 'sharing' | 'household_domain_crossing';
  readonly givenAt: string;
  readonly obtainedBy: string;
  readonly refused: boolean;
  readonly revokedAt: string | null;
}

export async function listConsents(deps: ServiceDeps, actor: SessionActor, caseId: string): Promise<ConsentView[]> {
  return withActor(deps, actor, async (trx) => {
    const { facts } = await requireCase(trx, caseId);
    const purpose = computeAbilities(domainActor(actor), facts, deps.now().getTime()).purpose ?? 'monitoring';
    await gate(deps, trx, actor, facts, { resource: { kind: 'admin_set' }, purpose, action: 'read', auditAction: 'consent.list' });
    const rows = await trx.selectFrom('consents').selectAll().where('case_id', '=', caseId).orderBy('given_at').orderBy('id').execute();
    const key = await optionalCaseKey(deps, trx, caseId);
    return rows.map((k) => ({
      id: k.id,
      subjectId: k.subject_id,
      partners: k.partners,
      scope: openCaseText(key, CASE_TEXT_FIELDS.consentScope, k.scope_enc, k.scope) ?? '',
      kind: k.kind,
      givenAt: k.given_at.toISOString(),
      obtainedBy: k.obtained_by,
      refused: k.refused,
      revokedAt: k.revoked_at?.toISOString() ?? null,
    }));
  });
}
