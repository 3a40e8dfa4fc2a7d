import { describe, expect, it } from 'vitest';
import { checkRefusedData } from './refused-consent-data.js';

const refusal = { partners: ['talis'], categories: ['productbestelling'], refused: true, givenAt: 1, revokedAt: null };

describe('004-W15 data whose consent was refused is not processed', () => {
  it('a refusal stops that kind of data for the partners it names only; a later consent lifts it; a withdrawn refusal stops nothing', () => {
    expect(checkRefusedData([refusal], 'talis', 'productbestelling')).toMatchObject({ ok: false, rule: 'P6', reason: 'consent_refused_for_data' });
    expect(checkRefusedData([refusal], 'talis', 'housing').ok).toBe(true);
    expect(checkRefusedData([refusal], 'portaal', 'productbestelling').ok).toBe(true);
    expect(checkRefusedData([refusal, { ...refusal, refused: false, givenAt: 2 }], 'talis', 'productbestelling').ok).toBe(true);
    expect(checkRefusedData([{ ...refusal, revokedAt: 3 }], 'talis', 'productbestelling').ok).toBe(true);
    expect(checkRefusedData([{ ...refusal, categories: null }], 'talis', 'productbestelling').ok).toBe(true);
  });
});
