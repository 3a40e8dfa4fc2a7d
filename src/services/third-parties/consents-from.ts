/**
 * The consents a third party starts with. Its own organisation counts as agreeing to its own
 * participation: it has to be designated in the case for Row-Level Security, and the access
 * engine asks every designated organisation for consent (the domain's `thirdPartyMeetsP11`
 * skips the third party's own organisation, so this adds no consent of a case partner).
 */
export function initialConsents(thirdPartyOrganisation: string): string[] {
  return [thirdPartyOrganisation];
}
