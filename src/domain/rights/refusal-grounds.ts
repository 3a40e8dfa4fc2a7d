/**
 * Grounds on which a partner may refuse a request wholly or partly (P15; seed 002 art. 11.5 and
 * 11.6), only as far as necessary and proportionate: art. 41 lid 1 UAVG for partners under the AVG,
 * art. 27 lid 1 Wpg for police data. A refusal always cites its ground and a motivation.
 */
import type { RightsRequestKind } from '../model.js';

export const UAVG_41_GROUNDS = [
  { code: 'uavg41_a', article: 'art. 41 lid 1 sub a UAVG', label: 'nationale veiligheid' },
  { code: 'uavg41_b', article: 'art. 41 lid 1 sub b UAVG', label: 'landsverdediging' },
  { code: 'uavg41_c', article: 'art. 41 lid 1 sub c UAVG', label: 'openbare veiligheid' },
  { code: 'uavg41_d', article: 'art. 41 lid 1 sub d UAVG', label: 'voorkoming, onderzoek, opsporing en vervolging van strafbare feiten of tenuitvoerlegging van straffen' },
  { code: 'uavg41_e', article: 'art. 41 lid 1 sub e UAVG', label: 'andere belangrijke doelstellingen van algemeen belang' },
  { code: 'uavg41_f', article: 'art. 41 lid 1 sub f UAVG', label: 'bescherming van de onafhankelijkheid van de rechter en gerechtelijke procedures' },
  { code: 'uavg41_g', article: 'art. 41 lid 1 sub g UAVG', label: 'schendingen van beroepscodes voor gereglementeerde beroepen' },
  { code: 'uavg41_h', article: 'art. 41 lid 1 sub h UAVG', label: 'toezicht, inspectie of regelgeving in verband met openbaar gezag' },
  { code: 'uavg41_i', article: 'art. 41 lid 1 sub i UAVG', label: 'bescherming van de betrokkene of van de rechten en vrijheden van anderen' },
  { code: 'uavg41_j', article: 'art. 41 lid 1 sub j UAVG', label: 'inning van civielrechtelijke vorderingen' },
] as const;

export const WPG_27_GROUNDS = [
  { code: 'wpg27_a', article: 'art. 27 lid 1 sub a Wpg', label: 'vermijden van belemmering van gerechtelijke onderzoeken of procedures' },
  { code: 'wpg27_b', article: 'art. 27 lid 1 sub b Wpg', label: 'voorkoming, opsporing, onderzoek en vervolging van strafbare feiten of tenuitvoerlegging van straffen' },
  { code: 'wpg27_c', article: 'art. 27 lid 1 sub c Wpg', label: 'bescherming van de openbare veiligheid' },
  { code: 'wpg27_d', article: 'art. 27 lid 1 sub d Wpg', label: 'bescherming van de rechten en vrijheden van derden' },
  { code: 'wpg27_e', article: 'art. 27 lid 1 sub e Wpg', label: 'bescherming van de nationale veiligheid' },
] as const;

export type Uavg41Ground = (typeof UAVG_41_GROUNDS)[number]['code'];
export type Wpg27Ground = (typeof WPG_27_GROUNDS)[number]['code'];
export type RefusalGround = Uavg41Ground | Wpg27Ground;

/** The legal regime under which the refusing partner processes the data concerned. */
export type DataRegime = 'avg' | 'wpg';

export interface Refusal {
  readonly kind: RightsRequestKind;
  readonly regime: DataRegime;
  readonly ground: RefusalGround;
  readonly partial: boolean;
  /** Why refusing is necessary and proportionate. */
  readonly motivation: string;
}

export type RefusalCheck =
  | { readonly ok: true; readonly article: string }
  | {
      readonly ok: false;
      readonly reason: 'P15_complaint_cannot_be_refused' | 'P15_ground_of_other_regime' | 'P15_refusal_without_motivation';
    };

const UAVG = new Map<string, string>(UAVG_41_GROUNDS.map((g) => [g.code, g.article]));
const WPG = new Map<string, string>(WPG_27_GROUNDS.map((g) => [g.code, g.article]));

export function validateRefusal(refusal: Refusal): RefusalCheck {
  if (refusal.kind === 'complaint') return { ok: false, reason: 'P15_complaint_cannot_be_refused' };
  const article = (refusal.regime === 'avg' ? UAVG : WPG).get(refusal.ground);
  if (article === undefined) return { ok: false, reason: 'P15_ground_of_other_regime' };
  if (!/\S/.test(refusal.motivation)) return { ok: false, reason: 'P15_refusal_without_motivation' };
  return { ok: true, article };
}
