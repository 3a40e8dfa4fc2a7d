import { describe, expect, it } from 'vitest';
import { unanimousTermination } from './unanimous-termination.js';

describe('000-R45 immediate termination with unanimous consent (seed 000 art. 13.2)', () => {
  it('000-R45 every other member consenting ends it at once; otherwise the missing ones are named', () => {
    expect(unanimousTermination(['a', 'b', 'c'], ['c', 'a', 'b'])).toEqual({ immediate: true });
    expect(unanimousTermination(['a', 'b', 'c'], ['a', 'x'])).toEqual({ immediate: false, missing: ['b', 'c'] });
  });
});
