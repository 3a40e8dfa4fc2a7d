/**
 * Who reads a weighing back from the dossier (seed 000 Bijlage 3: "Motiveer en documenteer … in
 * het dossier"; art. 7.4; row 000-R23): the organisation that weighed (it answers for the sharing)
 * and the process directors of the case (they direct what is shared). Other partners in the case
 * do not: a weighing is one organisation's reasoning about its own data.
 */
export function mayReadWeighing(reader: { readonly userId: string; readonly partnerId: string }, weighing: { readonly partnerId: string }, processDirectors: ReadonlySet<string>): boolean {
  return weighing.partnerId === reader.partnerId || processDirectors.has(reader.userId);
}
