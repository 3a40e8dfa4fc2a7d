import { describe, expect, it } from 'vitest';
import { VENLO } from '../../collaborations/venlo.js';
import { MAASTRICHT_HEUVELLAND } from '../../collaborations/maastricht-heuvelland.js';
import { NIJMEGEN } from '../../collaborations/nijmegen.js';
import { directorsForWorkArea, workAreaAssignmentIssue, workAreaIssue, workAreaRequired } from './work-area.js';

describe('002-B07 the work area at registration', () => {
  it('002-B07 Venlo meets per work area: a registration without a work area is refused at its field, one in a configured work area passes', () => {
    expect(workAreaRequired(VENLO.process)).toBe(true);
    expect(workAreaIssue(VENLO.process, VENLO.workAreas, undefined)?.field).toBe('workArea');
    expect(workAreaIssue(VENLO.process, VENLO.workAreas, undefined)?.message).toMatch(/^Werkgebied is verplicht/);
    expect(workAreaIssue(VENLO.process, VENLO.workAreas, 'blerick')).toBeNull();
    expect(workAreaIssue(VENLO.process, VENLO.workAreas, 'maastricht-zuid')?.message).toMatch(/onbekend werkgebied/);
  });

  it('002-B07 a collaboration meeting per case keeps the work area optional, even with work areas configured (Maastricht)', () => {
    expect(MAASTRICHT_HEUVELLAND.workAreas.length).toBeGreaterThan(0);
    expect(workAreaRequired(MAASTRICHT_HEUVELLAND.process)).toBe(false);
    expect(workAreaIssue(MAASTRICHT_HEUVELLAND.process, MAASTRICHT_HEUVELLAND.workAreas, undefined)).toBeNull();
    expect(workAreaIssue({ meetingScheduling: 'per_case' }, VENLO.workAreas, undefined)).toBeNull();
  });
});

describe('004-C06 004-R09 who is responsible for which regieteam wijken', () => {
  it('004-C06 a process director may direct several wijken; 004-R09 a statistician one at most; other roles none; only configured wijken', () => {
    expect(workAreaAssignmentIssue('process_director', NIJMEGEN.workAreas, ['centrum', 'oost', 'zuid'])).toBeNull();
    expect(workAreaAssignmentIssue('statistician', NIJMEGEN.workAreas, ['centrum'])).toBeNull();
    expect(workAreaAssignmentIssue('statistician', NIJMEGEN.workAreas, ['centrum', 'oost'])?.message).toMatch(/één werkgebied/);
    expect(workAreaAssignmentIssue('professional', NIJMEGEN.workAreas, ['centrum'])?.field).toBe('workAreas');
    expect(workAreaAssignmentIssue('professional', NIJMEGEN.workAreas, [])).toBeNull();
    expect(workAreaAssignmentIssue('process_director', NIJMEGEN.workAreas, ['blerick'])?.message).toMatch(/onbekend werkgebied blerick/);
  });

  it('004-C06 a case in a wijk goes to the directors responsible for it; without one responsible, or without a wijk, the whole pool stays', () => {
    const pool = [
      { id: 'a', workAreas: ['centrum', 'oost'] },
      { id: 'b', workAreas: ['zuid'] },
      { id: 'c', workAreas: [] },
    ];
    expect(directorsForWorkArea(pool, 'oost').map((d) => d.id)).toEqual(['a']);
    expect(directorsForWorkArea(pool, 'zuid').map((d) => d.id)).toEqual(['b']);
    expect(directorsForWorkArea(pool, 'noord').map((d) => d.id)).toEqual(['a', 'b', 'c']);
    expect(directorsForWorkArea(pool, undefined).map((d) => d.id)).toEqual(['a', 'b', 'c']);
  });
});
