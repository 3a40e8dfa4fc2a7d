/**
 * The answer to an access request (P15): every contribution about the subject (named for that
 * subject, or about the case as a whole) that the access engine lets the handling privacy officer read for the purpose `rights_request` (each
 * read audited), organised by the domain into data, purposes, categories, recipients, retention
 * and sources. Police data is shown but left out of the copy handed over (P9).
 */
import { policyForTable, retentionPolicyOf } from '../../domain/retention/policy.js';
import { detailsAsText } from '../../domain/process/registration-details.js';
import { buildAccessAnswer, contributionRecipients, copyOfAnswer, missingSections } from '../../domain/rights/access-answer.js';
import type { AccessAnswer, AccessAnswerSection, AccessCategory, AccessContribution } from '../../domain/rights/access-answer.js';
import type { ContributionPurpose } from '../../domain/model.js';
import { concernsSubject } from '../../domain/access/subjects.js';
import { caseRelation, seesSubject } from '../../domain/access/decide.js';
import { meetingItemsForSubject } from '../../domain/rights/meeting-items.js';
import { auditEntry, domainActor, gate, refuse, wouldAllow } from '../access-gate.js';
import type { AuditEntry, ServiceDeps, SessionActor, Trx } from '../ports.js';
import { requireCase } from '../cases/case-context.js';
import { readContributionRow } from '../cases/view-case.js';
import { P15_MESSAGES } from './rights-request-records.js';
import type { RequestRow } from './rights-request-records.js';
import { caseMeetingItems } from './meeting-items.js';

export interface AccessOverview {
  readonly answer: AccessAnswer;
  /** What is handed to the subject: the answer without the police data, which is only shown. */
  readonly copy: AccessAnswer;
  readonly missingSections: readonly AccessAnswerSection[];
  /** Contributions (and meeting items) the engine did not let the privacy officer read (e.g. special categories). */
  readonly withheld: number;
}

export async function buildAccessOverview(deps: ServiceDeps, trx: Trx, actor: SessionActor, row: RequestRow, entry: AuditEntry): Promise<AccessOverview> {
  if (row.kind !== 'access' || row.case_id === null || row.subject_id === null) {
    refuse(entry, { rule: 'P15', reason: 'P15_not_an_access_request', messages: P15_MESSAGES.P15_not_an_access_request });
  }
  const subjectId = row.subject_id;
  const loaded = await requireCase(trx, row.case_id);
  const items: AccessContribution[] = [];
  let withheld = 0;
  // Who actually received each contribution: the access log's allowed reads and take-alongs by
  // other partners (seed 000 art. 8.1b "ontvangers"), the privacy office's own rights reads left out.
  const reads = await trx
    .selectFrom('audit_log')
    .select(['contribution_id', 'partner_id'])
    .where('case_id', '=', row.case_id)
    .where('outcome', '=', 'allow')
    .where('action', 'in', ['contribution.read', 'contribution.take_along'])
    .where((eb) => eb.or([eb('purpose', 'is', null), eb('purpose', '!=', 'rights_request')]))
    .where('contribution_id', 'is not', null)
    .where('partner_id', 'is not', null)
    .distinct()
    .execute();
  const readBy = (contributionId: string): string[] => reads.flatMap((r) => (r.contribution_id === contributionId && r.partner_id !== null ? [r.partner_id] : []));
  for (const c of loaded.facts.contributions.values()) {
    // Household cases: one member's answer holds only data about that member (or the whole case).
    if (c.withdrawn || !concernsSubject(c, subjectId)) continue;
    const resource = { kind: 'contribution', id: c.id } as const;
    if (!wouldAllow(deps, actor, loaded.facts, resource, 'rights_request')) {
      withheld++;
      continue;
    }
    const decision = await gate(deps, trx, actor, loaded.facts, { resource, purpose: 'rights_request', action: 'read', subjectId, auditAction: 'contribution.read' });
    const view = await readContributionRow(deps, trx, loaded, c.id, decision.obligations);
    const released: readonly string[] = typeof view.releasedForRto === 'string' ? [] : view.releasedForRto;
    items.push({
      id: view.id,
      by: view.byPartnerId,
      category: view.category as AccessCategory,
      purposes: view.purposes as ContributionPurpose[],
      special: view.special,
      police: view.police,
      recipients: contributionRecipients({ by: view.byPartnerId, sharedWith: view.sharedWith, releasedTo: released, readBy: readBy(view.id) }),
      // The registration's structured fields with its text, the work note (child data, not the subject's) left out.
      content: [view.content, detailsAsText(view.details)].filter((x) => x !== '').join('\n'),
      restriction: c.restriction,
    });
  }
  // Meeting notes, plan goals and actions about this subject (or the case as a whole), read within
  // the request of this subject: each meeting read is audited naming the subject.
  const now = deps.now().getTime();
  const domain = domainActor(actor);
  let meetingItems: ReturnType<typeof meetingItemsForSubject>['items'] = [];
  if (caseRelation(domain, loaded.facts, 'rights_request', now) === null && seesSubject(domain, loaded.facts, subjectId, now)) {
    const maySeeSpecial = loaded.facts.partners.get(actor.partnerId)?.maySeeSpecial === true;
    const forSubject = meetingItemsForSubject(await caseMeetingItems(deps, trx, row.case_id), subjectId, maySeeSpecial);
    meetingItems = forSubject.items;
    withheld += forSubject.withheld;
    for (const _meeting of forSubject.meetings) {
      await deps.audit.append(
        trx,
        auditEntry(deps, actor, { action: 'meeting.read', caseId: row.case_id, subjectId, purpose: 'rights_request', onBehalfOfPartnerId: loaded.facts.leadPartner }),
      );
    }
  }
  const config = await deps.collaborationConfig(trx, row.collaboration_id);
  const decision = await trx.selectFrom('deescalation_decisions').select('delete_due_at').where('case_id', '=', row.case_id).orderBy('decided_at', 'desc').executeTakeFirst();
  const r = policyForTable(retentionPolicyOf(config), loaded.row.tableId);
  const anchor = r.anchor === 'deescalation_decision' ? { nl: 'het afschalingsbesluit', en: 'the de-escalation decision' } : { nl: 'het afsluiten', en: 'closing' };
  const answer = buildAccessAnswer({
    requestId: row.id,
    subjectId,
    contributions: items,
    meetingItems,
    retention: {
      rule: `Verwijderd ${r.deleteAfterMonths} maanden na ${anchor.nl} / deleted ${r.deleteAfterMonths} months after ${anchor.en} (${r.source})`,
      deleteAt: decision?.delete_due_at.getTime() ?? null,
    },
  });
  return { answer, copy: copyOfAnswer(answer), missingSections: missingSections(answer), withheld };
}
