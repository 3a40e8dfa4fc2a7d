/**
 * The register of confidentiality declarations and VOG checks (issue 16 item 8; §4): per active
 * user of the collaboration, each declaration that is missing, due for renewal or expired under the
 * collaboration's `declarations` configuration, soonest first. The admin records renewals
 * (PUT /api/users/:id/checks); the manager reads the register too. No case content.
 */
import { declarationStatuses, DEFAULT_DECLARATION_POLICY } from '../../domain/governance/declarations.js';
import type { DeclarationKind, DeclarationState } from '../../domain/governance/declarations.js';
import { auditEntry, withActor } from '../access-gate.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { requireAbility } from './role-guard.js';

export interface DeclarationDue {
  readonly userId: string;
  readonly username: string;
  readonly displayName: string;
  readonly partnerId: string;
  readonly kind: DeclarationKind;
  readonly state: Exclude<DeclarationState, 'valid' | 'not_required'>;
  readonly recordedAt: string | null;
  readonly expiresAt: string | null;
  /** The user is refused personal data until it is recorded anew. */
  readonly refusesPersonalData: boolean;
}

export interface DeclarationRegister {
  readonly policy: { readonly confidentialityValidMonths: number | null; readonly vogRequired: boolean; readonly vogValidMonths: number | null; readonly reminderDaysBefore: number };
  readonly due: readonly DeclarationDue[];
}

const ORDER: Record<DeclarationDue['state'], number> = { expired: 0, missing: 1, due: 2 };

export async function declarationRegister(deps: ServiceDeps, actor: SessionActor): Promise<DeclarationRegister> {
  return withActor(deps, actor, async (trx) => {
    const entry = auditEntry(deps, actor, { action: 'user.declarations.list' });
    requireAbility(actor, 'declarations.register', entry);
    const policy = (await deps.collaborationConfig(trx, actor.collaborationId)).declarations ?? DEFAULT_DECLARATION_POLICY;
    const users = await trx
      .selectFrom('users')
      .select(['id', 'username', 'display_name', 'partner_id', 'confidentiality_declared_at', 'vog_checked_at'])
      .where('collaboration_id', '=', actor.collaborationId)
      .where('active', '=', true)
      .orderBy('username')
      .execute();
    const now = deps.now();
    const due = users.flatMap((u) =>
      declarationStatuses(policy, { confidentiality: u.confidentiality_declared_at, vog: u.vog_checked_at }, now).flatMap((d): DeclarationDue[] =>
        d.state === 'valid' || d.state === 'not_required'
          ? []
          : [
              {
                userId: u.id,
                username: u.username,
                displayName: u.display_name,
                partnerId: u.partner_id,
                kind: d.kind,
                state: d.state,
                recordedAt: d.recordedAt?.toISOString() ?? null,
                expiresAt: d.expiresAt?.toISOString() ?? null,
                refusesPersonalData: d.refuses,
              },
            ],
      ),
    );
    due.sort((a, b) => ORDER[a.state] - ORDER[b.state] || (a.expiresAt ?? '').localeCompare(b.expiresAt ?? '') || a.username.localeCompare(b.username));
    await deps.audit.append(trx, entry);
    return {
      policy: { confidentialityValidMonths: policy.confidentiality.validMonths, vogRequired: policy.vog.required, vogValidMonths: policy.vog.validMonths, reminderDaysBefore: policy.reminderDaysBefore },
      due,
    };
  });
}
