import { describe, expect, it } from 'vitest';
import { canonical, venlo } from './shipped-variants.test-support.js';
import { preselectedPartners } from './triage-defaults.js';

describe('002-B03 the enrichment goes to the core partners by default', () => {
  const candidates = [
    { id: 'politie', participation: 'structural' as const },
    { id: 'woonwenz', participation: 'structural' as const },
    { id: 'veilig-thuis', participation: 'incidental' as const },
    { id: 'lid', participation: 'none' as const },
  ];
  it('002-B03 Venlo (presence enrichment): the form opens with every core partner ticked, no incidental one', () => {
    expect(preselectedPartners(venlo.triageMode, candidates)).toEqual(['politie', 'woonwenz']);
  });
  it('002-B03 a selected question (canonical) opens with nobody ticked: asking everyone there needs a justification', () => {
    expect(preselectedPartners(canonical.triageMode, candidates)).toEqual([]);
  });
});
