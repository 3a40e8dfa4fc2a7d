/** Partner names for the consent and third-party screens. */
import type { Directory } from '../api/directory';
import { usePartnerName } from './names';

/** A partner's name: the API and the directory name partners by their id, the configuration by their slug. */
export function useDirectoryPartnerName(directory: Directory | undefined): (id: string) => string {
  const byConfig = usePartnerName();
  return (id) => directory?.partners.find((p) => p.id === id)?.name ?? byConfig(id);
}
