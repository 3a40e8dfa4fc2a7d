/**
 * Demo cases in every phase of each variant, loaded after the demo organisation.
 */
import type { ServiceDeps } from '../ports.js';
import type { SeededCollaboration } from './seed-demo.js';

export async function seedDemoCases(_deps: ServiceDeps, _seeded: SeededCollaboration[]): Promise<void> {
  await Promise.resolve();
}
