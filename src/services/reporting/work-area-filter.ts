/**
 * Figures for one work area or neighbourhood team (issue 16 item 7; Venlo's work areas, seed 002
 * Bijlage B; Nijmegen's regieteam per wijk, seed 004 Bijlage 2 "één van de regieteamwijken"): the
 * area must be one the collaboration configures (`workAreas[]`); an unknown one is refused naming
 * the field, so a typo never yields an empty but plausible table. Small counts stay suppressed.
 */
import type { CollaborationConfig } from '../../domain/config/collaboration-config.schema.js';
import { validationFailed } from '../app-error.js';

export interface WorkAreaChoice {
  /** The chosen area, or null for the whole collaboration. */
  readonly workArea: { readonly id: string; readonly name: string } | null;
  /** The areas the collaboration configures, to choose from. */
  readonly workAreas: readonly { readonly id: string; readonly name: string }[];
}

export function chooseWorkArea(config: CollaborationConfig, workArea: string | undefined): WorkAreaChoice {
  const workAreas = config.workAreas.map((w) => ({ id: w.id, name: w.name }));
  if (workArea === undefined) return { workArea: null, workAreas };
  const chosen = workAreas.find((w) => w.id === workArea);
  if (chosen === undefined) {
    throw validationFailed([
      {
        field: 'workArea',
        message: workAreas.length === 0 ? 'dit samenwerkingsverband heeft geen werkgebieden / this collaboration has no work areas' : `onbekend werkgebied; kies uit ${workAreas.map((w) => w.id).join(', ')} / unknown work area`,
      },
    ]);
  }
  return { workArea: chosen, workAreas };
}
