import { describe, expect, it } from 'vitest';
import { queryOfView, viewFromQuery } from '../../web/src/screens/work-queue-view.js';

describe('015-queue-url the team work queue keeps its search, kind, order and page in the address', () => {
  it('reads what the address names and writes it back the same', () => {
    const view = viewFromQuery('?q=Bakker&soort=action_overdue&sorteer=case&pagina=2');
    expect(view).toEqual({ q: 'Bakker', kind: 'action_overdue', sort: 'case', page: 2 });
    expect(viewFromQuery(queryOfView(view))).toEqual(view);
  });

  it('names only what differs from the default; the default view has a bare address', () => {
    expect(queryOfView({ q: '', kind: '', sort: 'urgency', page: 1 })).toBe('');
    expect(queryOfView({ q: 'de Vries', kind: '', sort: 'urgency', page: 1 })).toBe('?q=de+Vries');
  });

  it('falls back to the default for what it does not know (a shared link with a typo shows the queue)', () => {
    expect(viewFromQuery('?soort=everything&sorteer=random&pagina=-3')).toEqual({ q: '', kind: '', sort: 'urgency', page: 1 });
    expect(viewFromQuery('?pagina=1.5').page).toBe(1);
  });
});
