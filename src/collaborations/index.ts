/**
 * The collaborations that ship with Casustafel, validated when this module loads, and the
 * loader that admits a further collaboration as plain data (e.g. parsed from JSON) without code.
 */
import {
  parseCollaborationConfig,
  type CollaborationConfig,
  type ParseConfigResult,
} from '../domain/config/collaboration-config.schema.js';
import { MAASTRICHT_HEUVELLAND } from './maastricht-heuvelland.js';
import { MIDDEN_LIMBURG } from './midden-limburg.js';
import { NIJMEGEN } from './nijmegen.js';
import { NOORD_LIMBURG } from './noord-limburg.js';
import { VENLO } from './venlo.js';

/** Validate a collaboration given as data; the same checks the shipped ones pass. */
export function loadCollaboration(input: unknown): ParseConfigResult {
  return parseCollaborationConfig(input);
}

function mustLoad(input: CollaborationConfig): CollaborationConfig {
  const result = loadCollaboration(input);
  if (!result.ok) {
    const detail = result.issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
    throw new Error(`Shipped collaboration "${input.id}" is invalid: ${detail}`);
  }
  return result.config;
}

/** The five collaborations of the seeds, in seed order. */
export const SHIPPED_COLLABORATIONS: readonly CollaborationConfig[] = [
  MAASTRICHT_HEUVELLAND,
  MIDDEN_LIMBURG,
  VENLO,
  NOORD_LIMBURG,
  NIJMEGEN,
].map(mustLoad);

export function findShippedCollaboration(id: string): CollaborationConfig | undefined {
  return SHIPPED_COLLABORATIONS.find((c) => c.id === id);
}
