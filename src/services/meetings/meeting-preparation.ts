/**
 * The RTO preparation (§3.2) as stored, encrypted, in `meetings.preparation_enc`: the goal, the
 * themes, the decisions to take, how the subject is involved, the care agreements, and any
 * representative's name. `agenda` (goal, themes, decisions) is what the phase machine's
 * "RTO prepared" guard reads (see case-state-meetings).
 */
import type { DataKey } from '../../crypto/case-keys.js';
import { decryptJson, encryptJson } from '../../crypto/field-cipher.js';
import { MEETING_PREPARATION_FIELD } from '../../store/repositories/case-state-meetings.js';

export const SUBJECT_INVOLVEMENT = ['invited', 'informed_before', 'informed_after'] as const;
export type SubjectInvolvement = (typeof SUBJECT_INVOLVEMENT)[number];

export interface PreparationInput {
  readonly goal: string;
  readonly themes: readonly string[];
  readonly decisionsToTake: readonly string[];
  readonly subjectInvolvement: SubjectInvolvement;
  readonly careAgreements: string;
}

export interface StoredPreparation extends PreparationInput {
  readonly agenda: readonly string[];
  /** A representative at the table (Venlo), and when the staff saw them identify (seed 002 Bijlage B). */
  readonly representatives: readonly { readonly subjectId: string; readonly name: string; readonly identifiedAt?: string | null }[];
}

export function sealPreparation(key: DataKey, p: PreparationInput, representatives: StoredPreparation['representatives'] = []): Buffer {
  const stored: StoredPreparation = { ...p, agenda: [p.goal, ...p.themes, ...p.decisionsToTake], representatives };
  return encryptJson(key, MEETING_PREPARATION_FIELD, stored);
}

export function openPreparation(key: DataKey, enc: Buffer): StoredPreparation {
  const raw = decryptJson(key, MEETING_PREPARATION_FIELD, enc) as Partial<StoredPreparation>;
  return {
    goal: raw.goal ?? '',
    themes: raw.themes ?? [],
    decisionsToTake: raw.decisionsToTake ?? [],
    subjectInvolvement: raw.subjectInvolvement ?? 'informed_before',
    careAgreements: raw.careAgreements ?? '',
    agenda: raw.agenda ?? [],
    representatives: raw.representatives ?? [],
  };
}
