/**
 * Builders for the partner kinds that recur in the covenants, so each configuration lists its
 * partners in one line each while the flags per kind stay the same everywhere:
 * public authorities never get legitimate interest; housing corporations never see special
 * categories or use the BSN (seed 003 Bijlage 3); the police provides under an art. 20 Wpg
 * decision; care providers bound by professional secrecy may share without consent only in a
 * conflict of duties (seed 004 Bijlage 1 art. 2).
 */
import type { LegalBasisCatalogueEntry, PartnerType } from '../domain/model.js';
import type { CollaborationPartner } from '../domain/config/collaboration-config.schema.js';

type Catalogue = readonly LegalBasisCatalogueEntry[];

export interface PartnerOptions {
  /** Covenant signing date; null when the seed gives none. */
  readonly joinedAt?: string | null;
  readonly note?: string;
  readonly catalogue?: Catalogue;
  readonly shell?: boolean;
}

const consent: LegalBasisCatalogueEntry = { kind: 'consent' };
const vital: LegalBasisCatalogueEntry = { kind: 'vital_interest' };
const conflict: LegalBasisCatalogueEntry = { kind: 'conflict_of_duties', description: 'Doorbreken beroepsgeheim alleen bij conflict van plichten' };
const further: LegalBasisCatalogueEntry = { kind: 'compatible_further_processing' };
const obligation: LegalBasisCatalogueEntry = { kind: 'legal_obligation', law: 'AVG art. 6 lid 1 onder c jo. de eigen materiewet' };

export const MUNICIPAL_CATALOGUE: Catalogue = [
  consent,
  obligation,
  vital,
  { kind: 'public_task', law: 'Gemeentewet art. 160 en 172' },
  { kind: 'public_task', law: 'Wmo 2015 art. 2.1.1 en 2.3.1-2.3.5' },
  { kind: 'public_task', law: 'Jeugdwet art. 2.3 en 2.4' },
  { kind: 'public_task', law: 'Participatiewet art. 7' },
  { kind: 'public_task', law: 'Wet gemeentelijke schuldhulpverlening art. 3' },
  further,
];

interface Kind {
  readonly type: PartnerType;
  readonly publicAuthority: boolean;
  readonly maySeeSpecial: boolean;
  readonly mayUseBsn: boolean;
  readonly professionalSecrecy: boolean;
  readonly legalRegimes: readonly string[];
  readonly catalogue: Catalogue;
}

function build(kind: Kind, id: string, name: string, options: PartnerOptions): CollaborationPartner {
  return {
    id,
    name,
    type: kind.type,
    member: true,
    membership: { joinedAt: options.joinedAt ?? null, noticeGivenAt: null, endsAt: null },
    publicAuthority: kind.publicAuthority,
    maySeeSpecial: kind.maySeeSpecial,
    mayUseBsn: kind.mayUseBsn,
    professionalSecrecy: kind.professionalSecrecy,
    legalRegimes: [...kind.legalRegimes],
    legalBasisCatalogue: [...(options.catalogue ?? kind.catalogue)],
    ...(options.note === undefined ? {} : { note: options.note }),
    ...(options.shell === undefined ? {} : { shell: options.shell }),
  };
}

const AVG = ['AVG', 'UAVG'];

export const municipality = (id: string, name: string, o: PartnerOptions = {}): CollaborationPartner =>
  build({ type: 'gemeente', publicAuthority: true, maySeeSpecial: true, mayUseBsn: true, professionalSecrecy: false, legalRegimes: AVG, catalogue: MUNICIPAL_CATALOGUE }, id, name, o);

export const police = (id: string, name: string, wpg20Decision: string, o: PartnerOptions = {}): CollaborationPartner =>
  build({
    type: 'politie', publicAuthority: true, maySeeSpecial: true, mayUseBsn: true, professionalSecrecy: false, legalRegimes: ['Wpg'],
    catalogue: [{ kind: 'wpg20', description: wpg20Decision }, { kind: 'public_task', law: 'Politiewet 2012 art. 3' }],
  }, id, name, o);

export const prosecution = (id: string, name: string, o: PartnerOptions = {}): CollaborationPartner =>
  build({
    type: 'om', publicAuthority: true, maySeeSpecial: true, mayUseBsn: true, professionalSecrecy: false, legalRegimes: ['Wjsg', 'AVG'],
    catalogue: [{ kind: 'public_task', law: 'Wjsg art. 39f en 8a' }, obligation],
  }, id, name, o);

export const probation = (id: string, name: string, o: PartnerOptions = {}): CollaborationPartner =>
  build({
    type: 'reclassering', publicAuthority: true, maySeeSpecial: true, mayUseBsn: true, professionalSecrecy: false, legalRegimes: ['AVG', 'Wjsg'],
    catalogue: [{ kind: 'public_task', law: 'Reclasseringsregeling 1995' }, consent, vital],
  }, id, name, o);

export const custodial = (id: string, name: string, o: PartnerOptions = {}): CollaborationPartner =>
  build({
    type: 'dji', publicAuthority: true, maySeeSpecial: true, mayUseBsn: true, professionalSecrecy: false, legalRegimes: ['AVG', 'Wjsg'],
    catalogue: [{ kind: 'public_task', law: 'Penitentiaire beginselenwet' }, obligation],
  }, id, name, o);

export const childProtectionBoard = (id: string, name: string, o: PartnerOptions = {}): CollaborationPartner =>
  build({
    type: 'raad_kinderbescherming', publicAuthority: true, maySeeSpecial: true, mayUseBsn: true, professionalSecrecy: false, legalRegimes: AVG,
    catalogue: [{ kind: 'public_task', law: 'BW boek 1 art. 238 en 241; Jeugdwet' }, obligation],
  }, id, name, o);

/** A certified institution (gecertificeerde instelling): youth protection and youth probation. */
export const youthProtection = (id: string, name: string, o: PartnerOptions = {}): CollaborationPartner =>
  build({
    type: 'jeugdbescherming', publicAuthority: true, maySeeSpecial: true, mayUseBsn: true, professionalSecrecy: true, legalRegimes: ['AVG', 'UAVG', 'Jeugdwet'],
    catalogue: [{ kind: 'public_task', law: 'Jeugdwet art. 1.1 en 7.3.8 (kinderbeschermingsmaatregelen en jeugdreclassering)' }, consent, vital, conflict, further],
  }, id, name, o);

const careKind = (type: PartnerType, mayUseBsn: boolean): Kind => ({
  type, publicAuthority: false, maySeeSpecial: true, mayUseBsn, professionalSecrecy: true, legalRegimes: ['AVG', 'UAVG', 'WGBO'],
  catalogue: [consent, vital, conflict, { kind: 'legal_obligation', law: 'WGBO (BW art. 7:446 e.v.) jo. wettelijk voorschrift' }],
});

export const mentalHealth = (id: string, name: string, o: PartnerOptions = {}): CollaborationPartner => build(careKind('ggz', true), id, name, o);
export const careProvider = (id: string, name: string, o: PartnerOptions = {}): CollaborationPartner => build(careKind('zorgaanbieder', true), id, name, o);
export const veiligThuis = (id: string, name: string, o: PartnerOptions = {}): CollaborationPartner =>
  build({ ...careKind('veilig_thuis', true), publicAuthority: true, catalogue: [{ kind: 'public_task', law: 'Wmo 2015 art. 4.1.1 en 5.2.6' }, consent, vital, conflict] }, id, name, o);

/** Public health service (GGD): a public body whose doctors and nurses keep medical secrecy. */
export const publicHealth = (id: string, name: string, o: PartnerOptions = {}): CollaborationPartner =>
  build({
    type: 'zorgaanbieder', publicAuthority: true, maySeeSpecial: true, mayUseBsn: true, professionalSecrecy: true, legalRegimes: ['AVG', 'UAVG', 'WGBO'],
    catalogue: [{ kind: 'public_task', law: 'Wet publieke gezondheid art. 2 (openbare geestelijke gezondheidszorg, bemoeizorg)' }, consent, vital, conflict],
  }, id, name, o);

const socialKind = (type: PartnerType): Kind => ({
  type, publicAuthority: false, maySeeSpecial: true, mayUseBsn: false, professionalSecrecy: true, legalRegimes: AVG,
  catalogue: [consent, vital, conflict, further],
});

export const socialWork = (id: string, name: string, o: PartnerOptions = {}): CollaborationPartner => build(socialKind('maatschappelijk_werk'), id, name, o);
export const welfare = (id: string, name: string, o: PartnerOptions = {}): CollaborationPartner => build(socialKind('welzijn'), id, name, o);

export const housing = (id: string, name: string, o: PartnerOptions = {}): CollaborationPartner =>
  build({
    type: 'woningcorporatie', publicAuthority: false, maySeeSpecial: false, mayUseBsn: false, professionalSecrecy: false, legalRegimes: AVG,
    catalogue: [
      { kind: 'legitimate_interest', law: 'AVG art. 6 lid 1 onder f jo. Woningwet art. 45 lid 2 onder f en BTIV 2015 art. 51' },
      consent,
      further,
    ],
  }, id, name, o);

/** Municipal credit bank / debt counselling run by a joint public body. */
export const debtCounselling = (id: string, name: string, o: PartnerOptions = {}): CollaborationPartner =>
  build({
    type: 'other', publicAuthority: true, maySeeSpecial: false, mayUseBsn: true, professionalSecrecy: false, legalRegimes: AVG,
    catalogue: [{ kind: 'public_task', law: 'Wet gemeentelijke schuldhulpverlening art. 3 en 6' }, consent],
  }, id, name, o);

/** An organisation the seed names at a table that did not sign the covenant: it joins single cases only (P11). */
export function nonMember(id: string, name: string, type: PartnerType, note: string): CollaborationPartner {
  return {
    id, name, type, member: false,
    membership: { joinedAt: null, noticeGivenAt: null, endsAt: null },
    publicAuthority: false, maySeeSpecial: false, mayUseBsn: false, professionalSecrecy: type !== 'other',
    legalRegimes: AVG, legalBasisCatalogue: [consent], note,
  };
}
