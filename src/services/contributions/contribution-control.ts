/**
 * What the contributor needs to keep control over its own contribution (P4): how it is
 * released and restricted now, its take-along grants, and who takes part in the case (the
 * organisations it can release to or exclude, the people it can grant take-along to). Only a
 * designated professional of the contributing organisation gets it; anyone else is refused by
 * the same domain check as the changes, and the refusal is audited. No content is read here.
 */
import { checkGrantPhase } from '../../domain/process/contribution-control.js';
import { withActor } from '../access-gate.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { startContributionWrite } from './contribution-write.js';
import { CASE_TEXT_FIELDS, openCaseText } from '../../store/repositories/case-text.js';
import { optionalCaseKey } from '../phases/process-context.js';

export interface TakeAlongGrantView {
  readonly id: string;
  readonly toUserId: string;
  readonly planAction: string;
  readonly grantedBy: string;
  readonly grantedAt: string;
}

export interface CaseParticipantView {
  readonly userId: string;
  readonly partnerId: string;
  /** Invited to an RTO of this case. */
  readonly rtoParticipant: boolean;
  /** Designated by its organisation in this case. */
  readonly designated: boolean;
}

export interface ContributionControlView {
  readonly contributionId: string;
  readonly byPartnerId: string;
  readonly phase: string;
  readonly version: number;
  readonly releasedForRto: 'all' | 'none' | readonly string[];
  readonly excluded: readonly string[];
  /** Whether take-along may be granted in the case's current phase (P4: after the RTO). */
  readonly grantsOpen: boolean;
  /** Grants in force (revoked ones are left out). */
  readonly grants: readonly TakeAlongGrantView[];
  /** The organisations taking part in the case, other than the contributor's own. */
  readonly partners: readonly string[];
  /** The people taking part in the case: RTO participants and designated professionals. */
  readonly participants: readonly CaseParticipantView[];
}

export async function viewContributionControl(
  deps: ServiceDeps,
  actor: SessionActor,
  input: { caseId: string; contributionId: string },
): Promise<ContributionControlView> {
  return withActor(deps, actor, async (trx) => {
    const { loaded, row, entry } = await startContributionWrite(deps, trx, actor, input, 'contribution.control_view');
    const { facts } = loaded;
    const grants = await trx
      .selectFrom('take_along_grants')
      .select(['id', 'to_user_id', 'plan_action', 'plan_action_enc', 'granted_by', 'granted_at'])
      .where('contribution_id', '=', row.id)
      .where('revoked_at', 'is', null)
      .orderBy('granted_at')
      .orderBy('id')
      .execute();

    const designated = new Set<string>();
    for (const users of facts.involved.values()) for (const u of users) designated.add(u);
    const userIds = [...new Set([...facts.rtoParticipants, ...designated])];
    const users =
      userIds.length === 0
        ? []
        : await trx.selectFrom('users').select(['id', 'partner_id']).where('id', 'in', userIds).where('collaboration_id', '=', actor.collaborationId).orderBy('id').execute();
    const participants = users.map((u) => ({ userId: u.id, partnerId: u.partner_id, rtoParticipant: facts.rtoParticipants.has(u.id), designated: designated.has(u.id) }));
    const partners = new Set<string>([facts.registrant, ...facts.involved.keys(), ...facts.triageAsked, ...participants.map((p) => p.partnerId)]);
    partners.delete(row.by_partner_id);

    await deps.audit.append(trx, entry);
    const key = grants.length === 0 ? undefined : await optionalCaseKey(deps, trx, input.caseId);
    return {
      contributionId: row.id,
      byPartnerId: row.by_partner_id,
      phase: facts.phase,
      version: row.version,
      releasedForRto: row.released_for_rto,
      excluded: row.excluded,
      grantsOpen: checkGrantPhase(facts.phase).ok,
      grants: grants.map((g) => ({ id: g.id, toUserId: g.to_user_id, planAction: openCaseText(key, CASE_TEXT_FIELDS.grantPlanAction, g.plan_action_enc, g.plan_action) ?? '', grantedBy: g.granted_by, grantedAt: g.granted_at.toISOString() })),
      partners: [...partners].sort(),
      participants,
    };
  });
}
