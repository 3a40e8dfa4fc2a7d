/**
 * An oral provision of police data (Wpg art. 32; seed 002 Bijlage A art. 10.5, requirement 002-A24):
 * police data told in a meeting leaves no read in the system, so the professional of the providing
 * police partner records it by hand: the case (by number), when, to which partners, what kind of
 * data (a life domain, never content), for which purpose, under which basis. One log row per
 * recipient, marked oral; each counts as a provision in the accountability report (migration 281).
 * Only the own people of a partner that processes under the Wpg record provisions, and only their
 * own (the privacy officer reads the log but provided nothing).
 */
import { sql } from 'kysely';
import { LIFE_DOMAINS } from '../../domain/model.js';
import type { ContributionPurpose, LifeDomain } from '../../domain/model.js';
import { provisionLogScope } from '../../domain/reporting/provision-log.js';
import { regimesOf } from '../../store/repositories/partner-row.js';
import { auditEntry, refuse, withActor } from '../access-gate.js';
import { notFound, validationFailed } from '../app-error.js';
import type { ServiceDeps, SessionActor } from '../ports.js';

export interface OralProvisionInput {
  readonly caseNumber: string;
  readonly providedAt: Date;
  readonly recipientPartnerIds: readonly string[];
  readonly domain: LifeDomain;
  readonly purpose: ContributionPurpose;
  readonly decisionReference?: string | undefined;
}

const DOMAIN_NL: Readonly<Record<LifeDomain, string>> = {
  housing: 'wonen',
  work_education: 'werk en opleiding',
  income_debts: 'inkomen en schulden',
  social_relations: 'sociale relaties',
  addiction: 'verslaving',
  mental_functioning: 'psychisch functioneren',
  physical_functioning: 'lichamelijk functioneren',
  thinking_behaviour_skills: 'denken, gedrag en vaardigheden',
  police_justice: 'politie en justitie',
};

export async function recordOralProvision(deps: ServiceDeps, actor: SessionActor, input: OralProvisionInput): Promise<{ readonly ids: readonly string[] }> {
  return withActor(deps, actor, async (trx) => {
    const now = deps.now();
    const entry = auditEntry(deps, actor, { action: 'provision_log.record_oral', legalBasisKind: 'wpg20', purpose: input.purpose });
    const own = await trx.selectFrom('partners').select('legal_regimes').where('id', '=', actor.partnerId).executeTakeFirst();
    const scope = provisionLogScope(actor, regimesOf(own));
    if (scope?.kind !== 'provider') {
      refuse(entry, {
        rule: 'P9',
        reason: 'oral_provision_not_allowed',
        messages: {
          nl: 'Een mondelinge verstrekking (art. 32 Wpg) legt de politiepartner vast die de gegevens verstrekte (P9).',
          en: 'An oral provision (art. 32 Wpg) is recorded by the police partner that provided the data (P9).',
        },
      });
    }
    const issues: { field: string; message: string }[] = [];
    if (input.providedAt.getTime() > now.getTime()) issues.push({ field: 'providedAt', message: 'het tijdstip ligt in de toekomst / must not lie in the future' });
    if (!LIFE_DOMAINS.includes(input.domain)) issues.push({ field: 'domain', message: 'onbekend levensdomein / unknown life domain' });
    const recipients = [...new Set(input.recipientPartnerIds)];
    if (recipients.length !== input.recipientPartnerIds.length) issues.push({ field: 'recipientPartnerIds', message: 'een partner staat er twee keer in / a partner is named twice' });
    if (recipients.includes(actor.partnerId)) issues.push({ field: 'recipientPartnerIds', message: 'de verstrekkende partner is geen ontvanger / the providing partner is no recipient' });
    const known = recipients.length === 0 ? [] : await trx.selectFrom('partners').select('id').where('collaboration_id', '=', actor.collaborationId).where('id', 'in', recipients).execute();
    recipients.forEach((id, i) => {
      if (!known.some((k) => k.id === id)) issues.push({ field: `recipientPartnerIds.${i}`, message: 'geen partner van dit samenwerkingsverband / not a partner of this collaboration' });
    });
    if (issues.length > 0) throw validationFailed(issues);
    const c = await trx.selectFrom('cases').select(['id', 'number']).where('collaboration_id', '=', actor.collaborationId).where('number', '=', input.caseNumber).executeTakeFirst();
    if (c === undefined) throw notFound({ nl: 'Casus', en: 'Case' });
    const collaboration = await trx
      .selectFrom('collaborations')
      .select('name')
      // The processing under its registered name where the covenant gives one (seed 000 art. 4.1).
      .select(sql<string | null>`config->'source'->>'registeredName'`.as('registered_name'))
      .where('id', '=', actor.collaborationId)
      .executeTakeFirstOrThrow();
    const rows = await trx
      .insertInto('police_provisions')
      .values(
        recipients.map((recipient) => ({
          case_id: c.id,
          case_number: c.number,
          collaboration_id: actor.collaborationId,
          contribution_id: null,
          provider_partner_id: actor.partnerId,
          recipient_partner_id: recipient,
          recipient_user_id: null,
          provided_at: input.providedAt,
          // Described by kind, never by content: the log outlives the data.
          data_description: `politiegegevens (${DOMAIN_NL[input.domain]}), mondeling verstrekt`,
          purpose: input.purpose,
          collaboration_name: collaboration.registered_name ?? collaboration.name,
          legal_basis: 'art. 20 Wpg',
          decision_reference: input.decisionReference ?? null,
          oral: true,
          recorded_by: actor.userId,
        })),
      )
      .returning('id')
      .execute();
    await deps.audit.append(trx, { ...entry, caseId: c.id });
    return { ids: rows.map((r) => r.id) };
  });
}
