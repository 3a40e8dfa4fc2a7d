/**
 * When a yearly accountability report may be published (P19; seed 001 art. 4.4, ADR 0145): once
 * its year has ended (a year still running would publish counts that keep changing), and once per
 * year (the published version is the one the partners and the Stuurgroep read; it is not replaced).
 */

export type PublicationRefusal = 'year_not_ended' | 'already_published';

export const PUBLICATION_REFUSALS: Readonly<Record<PublicationRefusal, { readonly nl: string; readonly en: string }>> = {
  year_not_ended: { nl: 'dit jaar is nog niet voorbij; een verantwoording wordt na afloop van het jaar gepubliceerd', en: 'this year has not ended yet; an accountability report is published after the year' },
  already_published: { nl: 'de verantwoording over dit jaar is al gepubliceerd en wordt niet vervangen', en: 'the accountability report for this year has already been published and is not replaced' },
};

/** Why the report of `year` may not be published at `now` (UTC), or null. */
export function publicationRefusal(year: number, now: Date, alreadyPublished: boolean): PublicationRefusal | null {
  if (year >= now.getUTCFullYear()) return 'year_not_ended';
  if (alreadyPublished) return 'already_published';
  return null;
}
