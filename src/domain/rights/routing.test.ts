import { describe, expect, it } from 'vitest';
import { routeRightsRequest } from './routing.js';

describe('P15 rights request routing', () => {
  it('P15 data-subject rights: routed to every partner whose data is involved, each once', () => {
    const routing = routeRightsRequest('gemeente', [
      { by: 'ggz', police: false },
      { by: 'gemeente', police: false },
      { by: 'politie', police: true },
      { by: 'ggz', police: false },
    ]);
    expect(routing).toEqual({
      to: ['gemeente', 'ggz', 'politie'],
      forwardedBy: 'gemeente',
      forwardTo: ['ggz', 'politie'],
      policeInvolved: true,
    });
  });

  it('P15 data-subject rights: a receiver without data of its own still forwards to all involved partners', () => {
    expect(routeRightsRequest('woningcorporatie', [{ by: 'ggz', police: false }])).toEqual({
      to: ['ggz'],
      forwardedBy: 'woningcorporatie',
      forwardTo: ['ggz'],
      policeInvolved: false,
    });
  });
});
