/**
 * "My work": the cases the actor acts in (Row-Level Security already narrows the rows), with
 * the subject's name only where the domain lets this actor see the case in its phase.
 */
import { caseRelation, roleActsInNoCase } from '../../domain/access/decide.js';
import { defaultPurpose } from '../../domain/access/phase-purposes.js';
import { decryptField } from '../../crypto/field-cipher.js';
import { loadCaseFacts } from '../../store/repositories/case-facts.repository.js';
import { domainActor, withActor } from '../access-gate.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { caseKey } from './case-context.js';

export interface CaseListItem {
  readonly id: string;
  readonly number: string;
  readonly phase: string;
  readonly tableId: string;
  readonly workArea: string | null;
  readonly updatedAt: string;
  /** The first subject's name, when this actor may see the case now. */
  readonly title: string | null;
}

export async function listCases(deps: ServiceDeps, actor: SessionActor, filter: { phase?: string | undefined } = {}): Promise<CaseListItem[]> {
  // The statistician acts in no case: it sees counts only, never case numbers or who leads a case (seed 004 Bijlage 2).
  if (roleActsInNoCase(actor.role)) return Promise.resolve([]);
  return withActor(deps, actor, async (trx) => {
    let q = trx
      .selectFrom('cases')
      .select(['id', 'number', 'phase', 'table_id', 'work_area', 'updated_at'])
      .where('collaboration_id', '=', actor.collaborationId)
      .where('phase', 'not in', ['deleted']);
    if (filter.phase !== undefined) q = q.where('phase', '=', filter.phase);
    const rows = await q.orderBy('updated_at', 'desc').limit(500).execute();
    const now = deps.now().getTime();
    const items: CaseListItem[] = [];
    for (const r of rows) {
      const loaded = await loadCaseFacts(trx, r.id);
      if (loaded === null) continue;
      const purpose = defaultPurpose(loaded.facts.phase);
      let title: string | null = null;
      if (purpose !== null && caseRelation(domainActor(actor), loaded.facts, purpose, now) === null) {
        const subject = await trx.selectFrom('subjects').select(['id', 'name_enc']).where('case_id', '=', r.id).orderBy('created_at').limit(1).executeTakeFirst();
        if (subject !== undefined) {
          title = decryptField(await caseKey(deps, trx, r.id), 'subject.name', subject.name_enc);
          await deps.audit.append(trx, {
            at: deps.now(),
            userId: actor.userId,
            partnerId: actor.partnerId,
            role: actor.role,
            // NEN 7513 (finding M9): the title is the subject's name, read on behalf of the lead partner.
            onBehalfOfPartnerId: loaded.facts.leadPartner,
            collaborationId: actor.collaborationId,
            caseId: r.id,
            subjectId: subject.id,
            contributionId: null,
            action: 'case.list_title',
            purpose,
            legalBasisKind: null,
            accessPoint: deps.accessPoint,
            outcome: 'allow',
            rule: null,
          });
        }
      }
      items.push({ id: r.id, number: r.number, phase: r.phase, tableId: r.table_id, workArea: r.work_area, updatedAt: r.updated_at.toISOString(), title });
    }
    return items;
  });
}
