/**
 * Resolves a session token to the acting user, per request: idle timeout and absolute
 * lifetime (ASVS V7), the account still active, role and partner read fresh so changes take
 * effect on the next request. Also tells whether the user may reach personal data (§4: active
 * partner membership, confidentiality declaration and VOG recorded).
 */
import { separateCovenantInForce, separateCovenantSignatories } from '../../domain/tables/participation.js';
import { isActivePartner, mayFinishCases } from '../../domain/access/decide.js';
import { declarationBlock, declarationStatuses, DEFAULT_DECLARATION_POLICY } from '../../domain/governance/declarations.js';
import type { DeclarationBlock, DeclarationStatus } from '../../domain/governance/declarations.js';
import type { Role } from '../../domain/model.js';
import { systemContext } from '../../store/acting-context.js';
import { rememberSession } from '../access-gate.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { hashToken } from './login.js';
import type { SessionPolicy } from './session-policy.js';

export interface AuthenticatedActor extends SessionActor {
  /** Null when the user may reach personal data, otherwise why not. */
  readonly personalDataBlock: null | 'partner_not_active' | DeclarationBlock;
  /** The user's confidentiality declaration and VOG check under the collaboration's `declarations` policy. */
  readonly declarations: readonly DeclarationStatus[];
  /** When this session passed a second factor (TOTP, recovery code or the identity provider); null: password only. */
  readonly secondFactorAt: Date | null;
  /**
   * True when a second factor is required and this session has not passed one: it may only enrol
   * TOTP, see who it is and sign out. Every route checks this (src/api/route.ts), whatever path it
   * was reached by.
   */
  readonly enrolmentOnly: boolean;
  /** The work areas (wijken) the admin assigned to the user (004-C06, 004-R09), so screens offer only what the user may ask. */
  readonly workAreas: readonly string[];
}

export async function authenticate(deps: ServiceDeps, policy: SessionPolicy & { readonly secondFactorRequired?: boolean }, token: string): Promise<AuthenticatedActor | null> {
  const now = deps.now();
  return deps.database.withTransaction(systemContext(), async (trx) => {
    const s = await trx
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .innerJoin('partners', 'partners.id', 'users.partner_id')
      .select([
        'sessions.id as sessionId',
        'sessions.last_seen_at',
        'sessions.expires_at',
        'sessions.revoked_at',
        'sessions.second_factor_at',
        'users.id as userId',
        'users.partner_id',
        'users.collaboration_id',
        'users.role',
        'users.display_name',
        'users.active',
        'users.confidentiality_declared_at',
        'users.vog_checked_at',
        'users.work_areas',
        'partners.member',
        'partners.slug as partnerSlug',
        'partners.active as partnerActive',
        'partners.joined_at',
        'partners.ends_at',
      ])
      .where('sessions.token_hash', '=', hashToken(token))
      .executeTakeFirst();
    if (s === undefined || s.revoked_at !== null || !s.active) return null;
    const idleLimit = s.last_seen_at.getTime() + policy.idleMinutes * 60_000;
    if (now.getTime() >= s.expires_at.getTime() || now.getTime() >= idleLimit) {
      await trx.updateTable('sessions').set({ revoked_at: now }).where('id', '=', s.sessionId).execute();
      return null;
    }
    if (now.getTime() - s.last_seen_at.getTime() >= policy.touchEverySeconds * 1000) {
      await trx.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', s.sessionId).execute();
    }
    const role = s.role as Role;
    const partnerFacts = {
      id: s.partner_id,
      member: s.member && s.partnerActive,
      memberFrom: s.joined_at?.getTime() ?? null,
      memberUntil: s.ends_at?.getTime() ?? null,
      publicAuthority: false,
      maySeeSpecial: false,
      mayUseBsn: false,
      professionalSecrecy: false,
    };
    // A professional of a partner that left still finishes the cases it was in (seed 000 art.
    // 13.2); the engine admits it to those cases only.
    const config = await deps.collaborationConfig(trx, s.collaboration_id);
    // A non-signatory bound by a table's separate covenant works at that table as a partner (000-R83);
    // the engine admits it to that table's cases only, and only while its own record is in force.
    const separateCovenant =
      !s.member &&
      separateCovenantInForce({ active: s.partnerActive, joinedAt: s.joined_at?.getTime() ?? null, endsAt: s.ends_at?.getTime() ?? null }, now.getTime()) &&
      config.tables.some((t) => separateCovenantSignatories(t).has(s.partnerSlug));
    const partnerActive = isActivePartner(partnerFacts, now.getTime()) || mayFinishCases(partnerFacts, s.role as Role, now.getTime()) || separateCovenant;
    // Everyone with access to personal data has a confidentiality declaration and a VOG or a security
    // screening, third parties too (seed 004 Bijlage 2 "Toegang"; P11); how long they stay valid and
    // whether the VOG is asked is the collaboration's `declarations` configuration.
    const declarationPolicy = config.declarations ?? DEFAULT_DECLARATION_POLICY;
    const declarations = declarationStatuses(declarationPolicy, { confidentiality: s.confidentiality_declared_at, vog: s.vog_checked_at }, now);
    const block: AuthenticatedActor['personalDataBlock'] = role !== 'third_party' && !partnerActive ? 'partner_not_active' : declarationBlock(declarations);
    const actor: AuthenticatedActor = {
      sessionId: s.sessionId,
      userId: s.userId,
      partnerId: s.partner_id,
      role,
      collaborationId: s.collaboration_id,
      displayName: s.display_name,
      personalDataBlock: block,
      declarations,
      secondFactorAt: s.second_factor_at,
      enrolmentOnly: (policy.secondFactorRequired ?? false) && s.second_factor_at === null,
      workAreas: s.work_areas,
    };
    // The session enters the user's context on the request login (ADR 0125); a session that still
    // owes its second factor does not.
    if (!actor.enrolmentOnly) rememberSession(actor, { token, at: now });
    return actor;
  });
}
