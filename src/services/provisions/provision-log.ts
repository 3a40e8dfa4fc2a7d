/**
 * The Wpg art. 32 provision log (P9; seed 002 Bijlage A art. 10.5), read per period and per case
 * number, and exported as CSV: recipient, date, description of the data by kind, purpose and the
 * collaboration's name, with the providing police partner and the art. 20 decision. Reading and
 * exporting are audited; the export is registered like a document download.
 */
import { provisionLogScope, validPeriod } from '../../domain/reporting/provision-log.js';
import { regimesOf } from '../../store/repositories/partner-row.js';
import { PURPOSE_NL } from '../../documents/labels.js';
import { auditEntry, refuse, withActor } from '../access-gate.js';
import { validationFailed } from '../app-error.js';
import type { ServiceDeps, SessionActor, Trx } from '../ports.js';
import { toCsv } from '../exports/csv.js';

export interface ProvisionQuery {
  readonly from?: Date | undefined;
  readonly to?: Date | undefined;
  readonly caseNumber?: string | undefined;
}

export interface ProvisionView {
  readonly id: string;
  readonly providedAt: string;
  readonly caseNumber: string | null;
  readonly provider: string | null;
  readonly recipient: string;
  readonly recipientUser: string | null;
  readonly description: string;
  readonly purpose: string;
  readonly collaborationName: string;
  readonly legalBasis: string;
  readonly decisionReference: string | null;
  readonly oral: boolean;
  /** When the provided data was destroyed in the partners' files (002-A22, migration 421); null: still there. */
  readonly destroyedAt: string | null;
}

/** At most this many rows per answer; narrow the period for more. */
export const PROVISION_LIMIT = 1000;

async function read(deps: ServiceDeps, trx: Trx, actor: SessionActor, query: ProvisionQuery, action: string): Promise<ProvisionView[]> {
  const entry = auditEntry(deps, actor, { action });
  const own = await trx.selectFrom('partners').select('legal_regimes').where('id', '=', actor.partnerId).executeTakeFirst();
  const scope = provisionLogScope(actor, regimesOf(own));
  if (scope === null) {
    refuse(entry, {
      rule: 'P9',
      reason: 'provision_log_not_allowed',
      messages: {
        nl: 'Het verstrekkingenlog (art. 32 Wpg) is alleen voor de politie die de gegevens verstrekte en voor de privacyfunctionaris (P9).',
        en: 'The provision log (art. 32 Wpg) is only for the police partner that provided the data and for the privacy officer (P9).',
      },
    });
  }
  if (!validPeriod(query.from?.getTime() ?? null, query.to?.getTime() ?? null)) throw validationFailed([{ field: 'to', message: 'must lie after from' }]);
  let q = trx
    .selectFrom('police_provisions as p')
    .leftJoin('partners as r', 'r.id', 'p.recipient_partner_id')
    .leftJoin('partners as g', 'g.id', 'p.provider_partner_id')
    .leftJoin('users as u', 'u.id', 'p.recipient_user_id')
    .select([
      'p.id',
      'p.provided_at',
      'p.case_number',
      'g.name as provider',
      'r.name as recipient',
      'u.display_name as recipient_user',
      'p.data_description',
      'p.purpose',
      'p.collaboration_name',
      'p.legal_basis',
      'p.decision_reference',
      'p.oral',
      'p.destroyed_at',
    ])
    .where('p.collaboration_id', '=', actor.collaborationId);
  if (scope.kind === 'provider') q = q.where('p.provider_partner_id', '=', scope.partnerId);
  if (query.from !== undefined) q = q.where('p.provided_at', '>=', query.from);
  if (query.to !== undefined) q = q.where('p.provided_at', '<', query.to);
  if (query.caseNumber !== undefined) q = q.where('p.case_number', '=', query.caseNumber);
  const rows = await q.orderBy('p.provided_at', 'desc').orderBy('p.id').limit(PROVISION_LIMIT).execute();
  await deps.audit.append(trx, entry);
  return rows.map((r) => ({
    id: r.id,
    providedAt: r.provided_at.toISOString(),
    caseNumber: r.case_number,
    provider: r.provider,
    recipient: r.recipient ?? r.id,
    recipientUser: r.recipient_user,
    description: r.data_description,
    purpose: r.purpose,
    collaborationName: r.collaboration_name,
    legalBasis: r.legal_basis,
    decisionReference: r.decision_reference,
    oral: r.oral,
    destroyedAt: r.destroyed_at === null ? null : r.destroyed_at.toISOString(),
  }));
}

export function listProvisions(deps: ServiceDeps, actor: SessionActor, query: ProvisionQuery): Promise<ProvisionView[]> {
  return withActor(deps, actor, (trx) => read(deps, trx, actor, query, 'provision_log.read'));
}

const HEAD = ['Datum', 'Casusnummer', 'Verstrekkende partner', 'Ontvanger', 'Ontvangende medewerker', 'Omschrijving van de gegevens', 'Doel', 'Samenwerkingsverband', 'Grondslag', 'Besluit', 'Mondeling', 'Vernietigd'];

/** The log as CSV (an export: audited and registered as a download). */
export async function exportProvisionsCsv(deps: ServiceDeps, actor: SessionActor, query: ProvisionQuery): Promise<{ fileName: string; csv: string }> {
  return withActor(deps, actor, async (trx) => {
    const rows = await read(deps, trx, actor, query, 'provision_log.export');
    await trx
      .insertInto('document_downloads')
      .values({ collaboration_id: actor.collaborationId, user_id: actor.userId, partner_id: actor.partnerId, kind: 'provision_log', purpose: 'verantwoording art. 32 Wpg', basis: 'art. 32 Wpg', downloaded_at: deps.now() })
      .execute();
    const csv = toCsv(
      HEAD,
      rows.map((r) => [r.providedAt, r.caseNumber, r.provider, r.recipient, r.recipientUser, r.description, PURPOSE_NL[r.purpose] ?? r.purpose, r.collaborationName, r.legalBasis, r.decisionReference, r.oral ? 'ja' : 'nee', r.destroyedAt]),
    );
    return { fileName: `verstrekkingen-art32-wpg-${deps.now().toISOString().slice(0, 10)}.csv`, csv };
  });
}
