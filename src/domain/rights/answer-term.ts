/**
 * The collaboration's configured answer term for rights requests (P15) as the deadline rules know
 * it: a term in weeks is the four weeks of seed 002 art. 11.3 (never longer), or shorter when the
 * covenant says so; a term in months is the AVG's one month (art. 12(3)), which is also its maximum
 * before an extension.
 */
import type { AnswerTerm } from './deadline.js';

export interface ConfiguredAnswerTerm {
  readonly amount: number;
  readonly unit: 'weeks' | 'months';
}

export function answerTermOf(setting: ConfiguredAnswerTerm): AnswerTerm {
  if (setting.unit === 'months') return 'one_month';
  return setting.amount >= 4 ? 'four_weeks' : { weeks: setting.amount };
}
