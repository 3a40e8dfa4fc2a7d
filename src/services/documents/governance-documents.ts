/**
 * The collaboration's own documents as PDF: a user's confidentiality declaration and the register
 * of signed declarations (seed 000 Bijlage 6; seed 002 art. 13.3), a joining partner's accession
 * declaration (seed 000 Bijlage 4; P1), and the yearly accountability report (P19). The
 * declaration is for the admin and for the user it names; the register and the accession
 * declaration for the admin; the report for whoever may request the report, and its published
 * version for whoever may read that (ADR 0166).
 */
import { renderPdf } from '../../documents/render.js';
import { accessionDeclaration } from '../../documents/templates/accession.js';
import { accountabilityReport as reportTemplate } from '../../documents/templates/accountability-report.js';
import type { Count } from '../../documents/templates/accountability-report.js';
import { confidentialityDeclaration, declarationRegister } from '../../documents/templates/confidentiality.js';
import type { DeclarationUser } from '../../documents/templates/confidentiality.js';
import { DEFAULT_DECLARATION_POLICY } from '../../domain/governance/declarations.js';
import { auditEntry, withActor } from '../access-gate.js';
import { notFound } from '../app-error.js';
import type { ServiceDeps, SessionActor, Trx } from '../ports.js';
import { mayDo, requireAbility } from '../governance/role-guard.js';
import { loadAccession, loadPartnerRow } from '../governance/accession-records.js';
import { accountabilityReport } from '../reporting/accountability-report.js';
import { readPublishedReport } from '../reporting/published-reports.js';
import type { PublishedAccountabilityReport } from '../../domain/reporting/published-accountability-report.js';
import { fileName } from './case-documents.js';
import { documentContext, nameOf, recordExport } from './document-context.js';
import type { RenderedDocument } from './document-context.js';

async function declarationUsers(trx: Trx, collaborationId: string, names: ReadonlyMap<string, string>, only?: string): Promise<DeclarationUser[]> {
  let q = trx
    .selectFrom('users')
    .select(['id', 'username', 'display_name', 'partner_id', 'role', 'active', 'confidentiality_declared_at', 'vog_checked_at'])
    .where('collaboration_id', '=', collaborationId)
    .orderBy('display_name');
  if (only !== undefined) q = q.where('id', '=', only);
  const rows = await q.execute();
  return rows.map((u) => ({ name: u.display_name, username: u.username, partner: nameOf(names, u.partner_id), role: u.role, active: u.active, declaredAt: u.confidentiality_declared_at, vogCheckedAt: u.vog_checked_at }));
}

/** Whether the collaboration's covenant asks a VOG or security screening (`declarations.vog.required`). */
async function vogAsked(deps: ServiceDeps, trx: Trx, collaborationId: string): Promise<boolean> {
  return ((await deps.collaborationConfig(trx, collaborationId)).declarations ?? DEFAULT_DECLARATION_POLICY).vog.required;
}

export async function confidentialityDeclarationDocument(deps: ServiceDeps, actor: SessionActor, userId: string): Promise<RenderedDocument> {
  const data = await withActor(deps, actor, async (trx) => {
    // One's own declaration, or any as the admin.
    if (userId !== actor.userId) requireAbility(actor, 'users.manage', auditEntry(deps, actor, { action: 'document.confidentiality_declaration.download' }));
    const ctx = await documentContext(deps, trx, actor.collaborationId);
    const [user] = await declarationUsers(trx, actor.collaborationId, ctx.partnerNames, userId);
    if (user === undefined) throw notFound({ nl: 'Gebruiker', en: 'User' });
    await recordExport(deps, trx, actor, { kind: 'confidentiality_declaration', refId: userId });
    const vogRequired = await vogAsked(deps, trx, actor.collaborationId);
    return { name: user.username, definition: confidentialityDeclaration({ collaborationName: ctx.collaborationName, theme: ctx.theme, generatedAt: deps.now(), user, vogRequired }) };
  });
  return { fileName: fileName('geheimhoudingsverklaring', data.name.split('@')[0] ?? 'gebruiker'), pdf: await renderPdf(data.definition) };
}

export async function declarationRegisterDocument(deps: ServiceDeps, actor: SessionActor): Promise<RenderedDocument> {
  const definition = await withActor(deps, actor, async (trx) => {
    requireAbility(actor, 'users.manage', auditEntry(deps, actor, { action: 'document.declaration_register.download' }));
    const ctx = await documentContext(deps, trx, actor.collaborationId);
    const users = await declarationUsers(trx, actor.collaborationId, ctx.partnerNames);
    await recordExport(deps, trx, actor, { kind: 'declaration_register' });
    return declarationRegister({ collaborationName: ctx.collaborationName, theme: ctx.theme, generatedAt: deps.now(), users, vogRequired: await vogAsked(deps, trx, actor.collaborationId) });
  });
  return { fileName: 'register-geheimhoudingsverklaringen.pdf', pdf: await renderPdf(definition) };
}

const RULE_NL: Readonly<Record<string, string>> = {
  all_partners: 'instemming van alle convenantpartners',
  steering_group_after_all_partners: 'besluit van de stuurgroep na instemming van alle convenantpartners',
  steering_group_after_objection_period: 'besluit van de stuurgroep na een bezwaartermijn voor de convenantpartners',
};

export async function accessionDeclarationDocument(deps: ServiceDeps, actor: SessionActor, partnerId: string): Promise<RenderedDocument> {
  const data = await withActor(deps, actor, async (trx) => {
    requireAbility(actor, 'partners.manage', auditEntry(deps, actor, { action: 'document.accession_declaration.download' }));
    const partner = await loadPartnerRow(trx, actor.collaborationId, partnerId);
    const config = await deps.collaborationConfig(trx, actor.collaborationId);
    const ctx = await documentContext(deps, trx, actor.collaborationId);
    const record = await loadAccession(trx, actor.collaborationId, partnerId);
    await recordExport(deps, trx, actor, { kind: 'accession_declaration', refId: partnerId });
    const date = (iso: string | null | undefined): Date | null => (iso === null || iso === undefined ? null : new Date(iso));
    return {
      slug: partner.slug,
      definition: accessionDeclaration({
        collaborationName: ctx.collaborationName,
        theme: ctx.theme,
        generatedAt: deps.now(),
        partner: partner.name,
        requestedAt: date(record?.requestedAt),
        approvalRule: RULE_NL[config.joinApproval.rule] ?? config.joinApproval.rule,
        decisions: (record?.decisions ?? []).map((d) => ({
          by: d.by.kind === 'steering_group' ? 'Stuurgroep' : nameOf(ctx.partnerNames, d.by.partnerId),
          decision: d.approved ? 'ingestemd' : 'niet ingestemd',
          at: date(d.at),
        })),
        signedAt: partner.accession_signed_at ?? date(record?.declarationSignedAt),
        joinedAt: partner.joined_at,
      }),
    };
  });
  return { fileName: fileName('toetredingsverklaring', data.slug), pdf: await renderPdf(data.definition) };
}

/** A count from the report, which may be suppressed (null) when small (P19). */
const count = (value: unknown): Count => (typeof value === 'number' ? value : null);

export async function accountabilityReportDocument(deps: ServiceDeps, actor: SessionActor, year: number): Promise<RenderedDocument> {
  // The report service decides the role and audits the report itself; the export is recorded too.
  const report = await accountabilityReport(deps, actor, year);
  const definition = await withActor(deps, actor, async (trx) => {
    if (!mayDo(actor, 'reports.accountability')) requireAbility(actor, 'reports.accountability', auditEntry(deps, actor, { action: 'document.accountability_report.download' }));
    return reportDefinition(deps, trx, actor, year, report, null);
  });
  return { fileName: `verantwoordingsrapportage-${year}.pdf`, pdf: await renderPdf(definition) };
}

/**
 * The published report of `year` as a printable document (ADR 0166): the counts as published, with
 * the date and who published them. `readPublishedReport` decides who may read it and audits the read.
 */
export async function publishedAccountabilityReportDocument(deps: ServiceDeps, actor: SessionActor, year: number): Promise<RenderedDocument> {
  const published = await readPublishedReport(deps, actor, year);
  const definition = await withActor(deps, actor, (trx) => reportDefinition(deps, trx, actor, year, published.report, { at: new Date(published.publishedAt), by: published.publishedBy }));
  return { fileName: `verantwoordingsrapportage-${year}-gepubliceerd.pdf`, pdf: await renderPdf(definition) };
}

async function reportDefinition(deps: ServiceDeps, trx: Trx, actor: SessionActor, year: number, r: PublishedAccountabilityReport, published: { readonly at: Date; readonly by: string } | null) {
  const ctx = await documentContext(deps, trx, actor.collaborationId);
  const config = await deps.collaborationConfig(trx, actor.collaborationId);
  const tableName = (id: string | null): string => (id === null ? 'onbekend' : (config.tables.find((t) => t.id === id)?.name ?? id));
  await recordExport(deps, trx, actor, { kind: 'accountability_report' });
  return reportTemplate({
    collaborationName: ctx.collaborationName,
    theme: ctx.theme,
    generatedAt: deps.now(),
    year,
    published,
    casesTotal: count(r.cases.total),
    byPhase: Object.entries(r.cases.byPhase).map(([phase, n]) => [phase, count(n)] as const),
    byTable: r.cases.byTable.map((t) => [tableName(t.tableId), count(t.count)] as const),
    provisions: { total: count(r.provisions.total), police: count(r.provisions.police), byPartner: r.provisions.byPartner.map((p) => [nameOf(ctx.partnerNames, p.partnerId), count(p.count), count(p.police)] as const) },
    bases: Object.entries(r.bases).map(([k, n]) => [k, count(n)] as const),
    consent: { withConsent: count(r.consent.withConsent), withoutConsent: count(r.consent.withoutConsent), refused: count(r.consent.refused), revoked: count(r.consent.revoked) },
    rights: Object.entries(r.rightsRequests.byKind).map(([k, v]) => [k, count(v.received), count(v.answeredInTime), count(v.answeredLate), count(v.refused)] as const),
    incidents: {
      registered: count(r.incidents.registered),
      partnerNoticeLate: count(r.incidents.partnerNoticeLate),
      dpaNotified: count(r.incidents.dpaNotified),
      dpaNotRequired: count(r.incidents.dpaNotRequired),
      dpaLate: count(r.incidents.dpaLate),
    },
  });
}
