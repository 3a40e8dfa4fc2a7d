import { describe, expect, it } from 'vitest';
import { ROLES } from '../model.js';
import { mayPlanSessions } from './planner.js';

describe('who plans sessions (ADR 0050)', () => {
  it('the process director and support plan sessions; every other role is refused', () => {
    const planners = ROLES.filter(mayPlanSessions);
    expect(planners).toEqual(['process_director', 'support']);
  });
});
