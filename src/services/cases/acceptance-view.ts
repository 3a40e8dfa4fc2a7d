/**
 * The process director's judgement at accept as the case page shows it (seed 003 B3-F1, art.
 * 9.2a; ADR 0146): the criteria in the table's words, whether the case met them, the substance,
 * the reason a case outside them still belongs, and the consultation with the registrant. Only
 * the process directors of the case read it: it is their record of fase 1.
 */
import { decryptJson } from '../../crypto/field-cipher.js';
import type { Consultation } from '../../domain/process/acceptance.js';
import type { ServiceDeps, Trx } from '../ports.js';
import { caseKey } from './case-context.js';

export interface AcceptanceView {
  readonly criteriaMet: readonly string[];
  readonly withinCriteria: boolean;
  readonly substance: string;
  readonly outsideCriteriaReason: string | null;
  readonly consultation: Consultation | null;
  readonly by: string;
  readonly at: string;
}

interface Stored {
  readonly criteriaMet: readonly number[];
  readonly withinCriteria: boolean;
  readonly substance: string;
  readonly outsideCriteriaReason?: string;
  readonly consultation?: Consultation;
  readonly by: string;
  readonly at: string;
}

export async function acceptanceView(deps: ServiceDeps, trx: Trx, caseId: string, criteria: readonly string[]): Promise<AcceptanceView | null> {
  const row = await trx.selectFrom('cases').select('acceptance_enc').where('id', '=', caseId).executeTakeFirst();
  if (row === undefined || row.acceptance_enc === null) return null;
  const s = decryptJson(await caseKey(deps, trx, caseId), 'case.acceptance', row.acceptance_enc) as Stored;
  return {
    criteriaMet: s.criteriaMet.flatMap((i) => (criteria[i] === undefined ? [] : [criteria[i]])),
    withinCriteria: s.withinCriteria,
    substance: s.substance,
    outsideCriteriaReason: s.outsideCriteriaReason ?? null,
    consultation: s.consultation ?? null,
    by: s.by,
    at: s.at,
  };
}
