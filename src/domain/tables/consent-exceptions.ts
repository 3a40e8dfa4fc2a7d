/**
 * The exceptions on which a table shares without consent (seed 000 Casusoverleg Jeugd
 * Eijsden-Margraten, checklist IV: "Indien de betrokkene geen toestemming geeft, mag
 * gegevensuitwisseling slechts plaatsvinden o.b.v. de volgende uitzonderingen: a. ter voorkoming
 * strafbare feiten; b. in het belang van bescherming en veiligheid van jeugdige(n) en/of de
 * omgeving; c. in het belang van rechten en vrijheden van anderen"; row 000-R84). A weighing at
 * such a table names one of them; `checkSharing` (P7) lets only such a weighing carry a disclosure
 * without consent there. Pure.
 */
import type { CollaborationTable } from '../config/collaboration-config.schema.js';

/** Null when the ground may be recorded at this table; otherwise why not (Dutch / English). */
export function checkExceptionGround(table: Pick<CollaborationTable, 'name' | 'consentExceptions'> | undefined, ground: string | undefined): string | null {
  if (ground === undefined) return null;
  const exceptions = table?.consentExceptions ?? [];
  if (exceptions.some((e) => e.id === ground)) return null;
  if (exceptions.length === 0) return `${table?.name ?? 'Deze tafel'} kent geen uitzonderingen voor delen zonder toestemming / this table names no exceptions`;
  return `Kies een van de uitzonderingen van ${table?.name ?? 'deze tafel'}: ${exceptions.map((e) => `${e.id} (${e.text})`).join('; ')} / choose one of the table's exceptions`;
}
