/**
 * What every document needs from the collaboration (its name, theme, where a subject turns with a
 * request, the answer term) and the record of a download: a document with personal data is an
 * export, audited with its purpose and basis (P16) and registered in `document_downloads` with
 * both in words.
 */
import { DOCUMENT_POLICIES } from '../../domain/documents/document-kinds.js';
import type { DocumentKind } from '../../domain/documents/document-kinds.js';
import { defaultPurpose } from '../../domain/access/phase-purposes.js';
import type { Phase } from '../../domain/model.js';
import { documentTheme } from '../../documents/frame.js';
import type { DocumentTheme } from '../../documents/frame.js';
import { auditEntry } from '../access-gate.js';
import type { ServiceDeps, SessionActor, Trx } from '../ports.js';

export interface DocumentContext {
  readonly collaborationName: string;
  readonly theme: DocumentTheme;
  /** Where a subject turns with a rights request, in words. */
  readonly contact: string;
  /** The answer term of rights requests, in words ("4 weken"). */
  readonly rightsTerm: string;
  readonly partnerNames: ReadonlyMap<string, string>;
  /** Who is responsible for the data, in the covenant's words. */
  readonly controllerDescription: string;
  /** The covenant the collaboration rests on. */
  readonly covenant: { readonly title: string; readonly date: Date | null };
}

export async function documentContext(deps: ServiceDeps, trx: Trx, collaborationId: string): Promise<DocumentContext> {
  const config = await deps.collaborationConfig(trx, collaborationId);
  const partners = await trx.selectFrom('partners').select(['id', 'slug', 'name']).where('collaboration_id', '=', collaborationId).execute();
  const bySlug = new Map(partners.map((p) => [p.slug, p.name]));
  const controller = config.controller.dossierController === null ? undefined : bySlug.get(config.controller.dossierController);
  const whom =
    config.controller.rightsRequestsTo === 'dossier_controller' && controller !== undefined
      ? `${controller}, de verwerkingsverantwoordelijke voor het dossier van ${config.name}`
      : `de procesregisseur van ${config.name}, of rechtstreeks bij elke betrokken organisatie`;
  const rightsContact = config.controller.rightsContact;
  const contact = rightsContact === undefined ? whom : `${whom}, via ${rightsContact}`;
  const d = config.rightsRequestDeadline;
  return {
    collaborationName: config.name,
    theme: documentTheme(config.theme),
    contact,
    rightsTerm: `${d.amount} ${d.unit === 'weeks' ? (d.amount === 1 ? 'week' : 'weken') : d.amount === 1 ? 'maand' : 'maanden'}`,
    partnerNames: new Map(partners.map((p) => [p.id, p.name])),
    controllerDescription: config.controller.description,
    covenant: { title: config.source.title, date: config.source.date === null ? null : new Date(config.source.date) },
  };
}

export const nameOf = (names: ReadonlyMap<string, string>, id: string): string => names.get(id) ?? id;

export interface ExportRecord {
  readonly kind: DocumentKind;
  readonly caseId?: string | null;
  readonly phase?: Phase | null;
  readonly subjectId?: string | null;
  readonly refId?: string | null;
}

/** Audits the download (fail closed, in the caller's transaction) and registers it with purpose and basis. */
export async function recordExport(deps: ServiceDeps, trx: Trx, actor: SessionActor, record: ExportRecord): Promise<void> {
  const policy = DOCUMENT_POLICIES[record.kind];
  const purpose = policy.auditPurpose ?? (record.phase === undefined || record.phase === null ? null : defaultPurpose(record.phase));
  await deps.audit.append(
    trx,
    auditEntry(deps, actor, {
      action: `document.${record.kind}.download`,
      caseId: record.caseId ?? null,
      subjectId: record.subjectId ?? null,
      purpose,
      legalBasisKind: policy.basisKind,
    }),
  );
  await trx
    .insertInto('document_downloads')
    .values({
      collaboration_id: actor.collaborationId,
      user_id: actor.userId,
      partner_id: actor.partnerId,
      kind: record.kind,
      case_id: record.caseId ?? null,
      subject_id: record.subjectId ?? null,
      ref_id: record.refId ?? null,
      purpose: policy.purpose.nl,
      basis: policy.basis.nl,
      downloaded_at: deps.now(),
    })
    .execute();
}

/** A rendered document: the bytes and a file name without personal data. */
export interface RenderedDocument {
  readonly fileName: string;
  readonly pdf: Buffer;
}
