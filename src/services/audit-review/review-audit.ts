/**
 * The privacy officer reviews the access log (P16; NEN 7513): filters by user, case (by its
 * number, as people know it), subject, action, outcome, rule and period, newest first, with
 * keyset paging; each entry names the user, the organisation and on whose behalf it acted, and
 * the case number. Row-Level Security limits it to the acting collaboration. The review and the
 * export are logged too; the export is registered like a document download.
 */
import { queryAudit } from '../../audit/query.js';
import type { AuditFilters, AuditPage } from '../../audit/query.js';
import type { AuditEntry } from '../../audit/audit-record.js';
import { auditEntry, withActor } from '../access-gate.js';
import { notFound } from '../app-error.js';
import type { ServiceDeps, SessionActor, Trx } from '../ports.js';
import { requireAbility } from '../governance/role-guard.js';
import { toCsv } from '../exports/csv.js';
import { hashOf } from '../rights/search-subjects.js';
import type { SubjectSearchInput } from '../rights/search-subjects.js';

export interface ReviewFilters extends AuditFilters {
  /** The case by its number (e.g. 2026-0007) instead of its internal id. */
  readonly caseNumber?: string;
  /**
   * A person by BSN, or by name and birth date, within the collaboration: the entries that name
   * one of its subject records or concern one of its cases. Found through the keyed hashes the
   * subjects carry, never by decrypting names; the log keeps no name or BSN asked for.
   */
  readonly person?: SubjectSearchInput;
}

export interface NamedAuditEntry extends AuditEntry {
  readonly userName: string | null;
  readonly partnerName: string | null;
  readonly onBehalfOfName: string | null;
  readonly caseNumber: string | null;
}

export interface NamedAuditPage {
  readonly entries: readonly NamedAuditEntry[];
  readonly nextBefore: number | null;
}

async function resolvePerson(deps: ServiceDeps, trx: Trx, actor: SessionActor, person: SubjectSearchInput): Promise<NonNullable<AuditFilters['about']>> {
  const { column, hash } = hashOf(deps, actor.collaborationId, person, { bsn: 'subjectBsn', name: 'subjectName', birthDate: 'subjectBirthDate' });
  const rows = await trx.selectFrom('subjects').select(['id', 'case_id']).where('collaboration_id', '=', actor.collaborationId).where(column, '=', hash).execute();
  return { subjectIds: rows.map((r) => r.id), caseIds: [...new Set(rows.map((r) => r.case_id))] };
}

async function resolveCase(deps: ServiceDeps, trx: Trx, actor: SessionActor, filters: ReviewFilters): Promise<AuditFilters> {
  const { caseNumber, person, ...base } = filters;
  const rest: AuditFilters = person === undefined ? base : { ...base, about: await resolvePerson(deps, trx, actor, person) };
  if (caseNumber === undefined) return rest;
  const c = await trx.selectFrom('cases').select('id').where('collaboration_id', '=', actor.collaborationId).where('number', '=', caseNumber).executeTakeFirst();
  if (c === undefined) throw notFound({ nl: `Casus ${caseNumber}`, en: `Case ${caseNumber}` });
  return { ...rest, caseId: c.id };
}

/** Adds the names of users and organisations and the case numbers, read in three batches. */
async function named(trx: Trx, page: AuditPage): Promise<NamedAuditPage> {
  const ids = (pick: (e: AuditEntry) => string | null): string[] => [...new Set(page.entries.map(pick).filter((x): x is string => x !== null))];
  const userIds = ids((e) => e.userId);
  const partnerIds = [...new Set([...ids((e) => e.partnerId), ...ids((e) => e.onBehalfOfPartnerId)])];
  const caseIds = ids((e) => e.caseId);
  const [users, partners, cases] = await Promise.all([
    userIds.length === 0 ? [] : trx.selectFrom('users').select(['id', 'display_name']).where('id', 'in', userIds).execute(),
    partnerIds.length === 0 ? [] : trx.selectFrom('partners').select(['id', 'name']).where('id', 'in', partnerIds).execute(),
    caseIds.length === 0 ? [] : trx.selectFrom('cases').select(['id', 'number']).where('id', 'in', caseIds).execute(),
  ]);
  const userName = new Map(users.map((u) => [u.id, u.display_name]));
  const partnerName = new Map(partners.map((p) => [p.id, p.name]));
  const caseNumber = new Map(cases.map((c) => [c.id, c.number]));
  const name = <T,>(map: Map<string, T>, id: string | null): T | null => (id === null ? null : (map.get(id) ?? null));
  return {
    nextBefore: page.nextBefore,
    entries: page.entries.map((e) => ({
      ...e,
      userName: name(userName, e.userId),
      partnerName: name(partnerName, e.partnerId),
      onBehalfOfName: name(partnerName, e.onBehalfOfPartnerId),
      caseNumber: name(caseNumber, e.caseId),
    })),
  };
}

export async function reviewAudit(deps: ServiceDeps, actor: SessionActor, filters: ReviewFilters): Promise<NamedAuditPage> {
  return withActor(deps, actor, async (trx) => {
    const entry = auditEntry(deps, actor, { action: 'audit.review', caseId: filters.caseId ?? null, subjectId: filters.subjectId ?? null });
    requireAbility(actor, 'audit.review', entry);
    const resolved = await resolveCase(deps, trx, actor, filters);
    const page = await named(trx, await queryAudit(trx, resolved));
    await deps.audit.append(trx, { ...entry, caseId: resolved.caseId ?? null });
    return page;
  });
}

/** At most this many entries per export; narrow the filters for more. */
export const AUDIT_EXPORT_LIMIT = 1000;

const HEAD = ['Nummer', 'Tijdstip', 'Gebruiker', 'Organisatie', 'Namens', 'Rol', 'Casusnummer', 'Actie', 'Doel', 'Grondslag', 'Uitkomst', 'Regel', 'Toegangspunt', 'Verzegeld'];

export async function exportAuditCsv(deps: ServiceDeps, actor: SessionActor, filters: ReviewFilters): Promise<{ fileName: string; csv: string }> {
  return withActor(deps, actor, async (trx) => {
    const entry = auditEntry(deps, actor, { action: 'audit.export', caseId: filters.caseId ?? null, subjectId: filters.subjectId ?? null });
    requireAbility(actor, 'audit.review', entry);
    const resolved = await resolveCase(deps, trx, actor, filters);
    const page = await named(trx, await queryAudit(trx, { ...resolved, limit: AUDIT_EXPORT_LIMIT }));
    await deps.audit.append(trx, { ...entry, caseId: resolved.caseId ?? null });
    await trx
      .insertInto('document_downloads')
      .values({ collaboration_id: actor.collaborationId, user_id: actor.userId, partner_id: actor.partnerId, kind: 'audit_log', purpose: 'toezicht op de toegang (NEN 7513)', basis: 'AVG art. 5 lid 2 en art. 32', downloaded_at: deps.now() })
      .execute();
    const csv = toCsv(
      HEAD,
      page.entries.map((e) => [e.id, e.at.toISOString(), e.userName, e.partnerName, e.onBehalfOfName, e.role, e.caseNumber, e.action, e.purpose, e.legalBasisKind, e.outcome === 'allow' ? 'toegestaan' : 'geweigerd', e.rule, e.accessPoint, e.sealed ? 'ja' : 'nee']),
    );
    return { fileName: `toegangslog-${deps.now().toISOString().slice(0, 10)}.csv`, csv };
  });
}
