/**
 * P14: matching a person on name and birth date when there is no BSN (seed 003 Bijlage 3 Fase 1:
 * "checken of de persoon al in behandeling is"; 003-61). Names are written in many ways, so the
 * match key ignores case, accents, punctuation and spacing; the birth date must be a real date.
 * The key is only ever stored as a keyed hash.
 */
import { validateIsoDate } from '../validation/iso-date.js';

/** The name as matched: lower case, accents and punctuation removed, single spaces. */
export function normalisePersonName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The match key of a name and birth date (YYYY-MM-DD), or null when either is unusable. */
export function personMatchKey(name: string, birthDate: string): string | null {
  const normalised = normalisePersonName(name);
  if (normalised === '' || !validateIsoDate(birthDate).ok) return null;
  return `${normalised}\u0000${birthDate}`;
}
