/** The collaboration's partners and people to ask or invite, and my organisation (GET /api/directory). */
import { get } from './client';
import { useLoad } from '../use-load';
import type { Loaded } from '../use-load';

export interface DirectoryPartner {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  readonly type: string;
  readonly member: boolean;
  readonly active: boolean;
  readonly maySeeSpecial: boolean;
  readonly mayUseBsn: boolean;
  /** The laws it processes under (`Wpg`: it provides police data, P9). */
  readonly legalRegimes: readonly string[];
}

export interface DirectoryPerson {
  readonly id: string;
  readonly displayName: string;
  readonly partnerId: string;
  readonly role: string;
}

export interface CatalogueEntry {
  readonly kind: string;
  readonly law?: string;
  /** What the entry rests on when it cites no law (the Wpg art. 20 decision). */
  readonly description?: string;
}

export interface Directory {
  readonly partners: readonly DirectoryPartner[];
  readonly people: readonly DirectoryPerson[];
  readonly me: { readonly partnerId: string; readonly partnerSlug: string; readonly legalBasisCatalogue: unknown };
}

/** Processes under the Wet politiegegevens: the only organisations that provide police data (P9). */
export function underWpg(regimes: readonly string[] | undefined): boolean {
  return (regimes ?? []).some((r) => r.trim().toLowerCase() === 'wpg');
}

/** Processes under the Wpg and no other law (the police): what it brings in is always police data (ADR 0099). */
export function onlyUnderWpg(regimes: readonly string[] | undefined): boolean {
  const all = regimes ?? [];
  return all.length > 0 && all.every((r) => underWpg([r]));
}

export function useDirectory(): Loaded<Directory> {
  return useLoad(() => get<Directory>('/api/directory'), []);
}

/** The catalogue entries of my organisation that have a kind (the API decides whether they hold). */
export function catalogueOf(d: Directory | undefined): CatalogueEntry[] {
  const raw = d?.me.legalBasisCatalogue;
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((e: unknown) => {
    if (typeof e !== 'object' || e === null || !('kind' in e) || typeof e.kind !== 'string') return [];
    const law = 'law' in e && typeof e.law === 'string' ? e.law : undefined;
    const description = 'description' in e && typeof e.description === 'string' ? e.description : undefined;
    return [{ kind: e.kind, ...(law === undefined ? {} : { law }), ...(description === undefined ? {} : { description }) }];
  });
}
