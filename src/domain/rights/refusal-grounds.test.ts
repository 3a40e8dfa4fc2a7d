import { describe, expect, it } from 'vitest';
import { RIGHTS_REQUEST_KINDS } from '../model.js';
import { UAVG_41_GROUNDS, validateRefusal, WPG_27_GROUNDS } from './refusal-grounds.js';
import type { Refusal } from './refusal-grounds.js';

const refusal: Refusal = {
  kind: 'access',
  regime: 'avg',
  ground: 'uavg41_i',
  partial: true,
  motivation: 'Inzage zou de melder in gevaar brengen.',
};

describe('P15 refusal grounds', () => {
  it('P15 data-subject rights: the typed lists cover art. 41 lid 1 a–j UAVG and art. 27 lid 1 a–e Wpg', () => {
    expect(UAVG_41_GROUNDS.map((g) => g.article.split(' ')[5])).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']);
    expect(WPG_27_GROUNDS.map((g) => g.article.split(' ')[5])).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('P15 data-subject rights: a refusal cites a ground of its own regime and is motivated', () => {
    expect(validateRefusal(refusal)).toEqual({ ok: true, article: 'art. 41 lid 1 sub i UAVG' });
    expect(validateRefusal({ ...refusal, regime: 'wpg', ground: 'wpg27_b' })).toEqual({ ok: true, article: 'art. 27 lid 1 sub b Wpg' });
    expect(validateRefusal({ ...refusal, regime: 'wpg' })).toEqual({ ok: false, reason: 'P15_ground_of_other_regime' });
    expect(validateRefusal({ ...refusal, ground: 'wpg27_a' })).toEqual({ ok: false, reason: 'P15_ground_of_other_regime' });
    expect(validateRefusal({ ...refusal, motivation: '' })).toEqual({ ok: false, reason: 'P15_refusal_without_motivation' });
  });

  it('P15 data-subject rights: every kind but a complaint can be refused on a ground', () => {
    for (const kind of RIGHTS_REQUEST_KINDS) {
      expect(validateRefusal({ ...refusal, kind }).ok).toBe(kind !== 'complaint');
    }
  });
});
