/**
 * The process variants the domain tests use: the shipped configurations themselves, never copies
 * (a copy hid that Venlo and Nijmegen could not close a case). Noord-Limburg runs the canonical
 * seed-003 process.
 */
import { NIJMEGEN } from '../../collaborations/nijmegen.js';
import { NOORD_LIMBURG } from '../../collaborations/noord-limburg.js';
import { VENLO } from '../../collaborations/venlo.js';
import type { ProcessVariant } from './variant.js';

export const canonical: ProcessVariant = NOORD_LIMBURG.process;
export const venlo: ProcessVariant = VENLO.process;
export const nijmegen: ProcessVariant = NIJMEGEN.process;
