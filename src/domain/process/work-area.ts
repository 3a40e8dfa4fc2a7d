/**
 * 002-B07: where the standing meetings are held per work area (Venlo, seed 002 Bijlage B, 1: "De
 * casus wordt in principe geagendeerd voor de vergadering van het stadsdeel waar de persoon
 * woont"), a case is registered in the work area where the subject lives; without one it would
 * reach no meeting's agenda. Elsewhere the work area is optional. A given one must be one the
 * collaboration configures (`workAreas[]`).
 */
import type { ProcessVariant } from './variant.js';

export interface WorkAreaIssue {
  readonly field: 'workArea';
  readonly message: string;
}

/** The registration names a work area: the collaboration meets per work area. */
export function workAreaRequired(process: Pick<ProcessVariant, 'meetingScheduling'>): boolean {
  return process.meetingScheduling === 'per_work_area';
}

export function workAreaIssue(
  process: Pick<ProcessVariant, 'meetingScheduling'>,
  workAreas: readonly { readonly id: string }[],
  workArea: string | undefined,
): WorkAreaIssue | null {
  if (workArea === undefined) {
    return workAreaRequired(process)
      ? { field: 'workArea', message: 'Werkgebied is verplicht: de casus komt op de agenda van het overleg van het werkgebied waar betrokkene woont / work area is required: the case goes on the agenda of the meeting of the work area where the subject lives' }
      : null;
  }
  return workAreas.some((w) => w.id === workArea) ? null : { field: 'workArea', message: 'onbekend werkgebied van dit samenwerkingsverband / unknown work area of this collaboration' };
}
