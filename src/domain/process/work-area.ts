/**
 * 002-B07: where the standing meetings are held per work area (Venlo, seed 002 Bijlage B, 1: "De
 * casus wordt in principe geagendeerd voor de vergadering van het stadsdeel waar de persoon
 * woont"), a case is registered in the work area where the subject lives; without one it would
 * reach no meeting's agenda. Elsewhere the work area is optional. A given one must be one the
 * collaboration configures (`workAreas[]`).
 */
import type { ProcessVariant } from './variant.js';

export interface WorkAreaIssue {
  readonly field: 'workArea' | 'workAreas';
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

/**
 * 004-C06 / 004-R09: who may be made responsible for which work areas. A process director directs
 * the cases of several neighbourhoods (seed 004 art. 4.2 "in een aantal wijken"); the statistician
 * sees case-level process information for one neighbourhood at most (Bijlage 2 "voor één van de
 * regieteamwijken"). Other roles get none: their access follows the cases they are involved in.
 */
export function workAreaAssignmentIssue(role: string, configured: readonly { readonly id: string }[], requested: readonly string[]): WorkAreaIssue | null {
  if (requested.length === 0) return null;
  if (role !== 'process_director' && role !== 'statistician') {
    return { field: 'workAreas', message: 'alleen een procesregisseur of een statisticus krijgt werkgebieden toegewezen / only a process director or a statistician is given work areas' };
  }
  if (role === 'statistician' && requested.length > 1) {
    return { field: 'workAreas', message: 'een statisticus ziet procesinformatie van één werkgebied (regieteamwijk) / a statistician sees the process information of one work area' };
  }
  const unknown = requested.find((a) => !configured.some((w) => w.id === a));
  return unknown === undefined ? null : { field: 'workAreas', message: `onbekend werkgebied ${unknown} van dit samenwerkingsverband / unknown work area` };
}

/**
 * 004-C06: the process directors a case in `workArea` goes to: those responsible for that work area.
 * Where nobody is (no work area given, or none assigned to it), every director of the pool remains.
 */
export function directorsForWorkArea<T extends { readonly workAreas: readonly string[] }>(directors: readonly T[], workArea: string | undefined): readonly T[] {
  if (workArea === undefined) return directors;
  const responsible = directors.filter((d) => d.workAreas.includes(workArea));
  return responsible.length > 0 ? responsible : directors;
}
