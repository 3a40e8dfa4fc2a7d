import { describe, expect, it } from 'vitest';
import { VENLO } from '../../collaborations/venlo.js';
import { MAASTRICHT_HEUVELLAND } from '../../collaborations/maastricht-heuvelland.js';
import { workAreaIssue, workAreaRequired } from './work-area.js';

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
