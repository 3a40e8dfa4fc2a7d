/** Names of tables and partners from the collaboration's configuration, never from the UI's code. */
import { useCollaboration } from '../api/collaboration';
import { useSession } from '../session';

export function useTableName(): (id: string) => string {
  const { me } = useSession();
  const c = useCollaboration(me?.collaborationId ?? null);
  // Never the table's id on screen (issue 15 item 7): a dash until the configuration has loaded.
  return (id) => c?.config.tables.find((t) => t.id === id)?.name ?? (c === null ? '…' : '—');
}

export function usePartnerName(): (id: string) => string {
  const { me } = useSession();
  const c = useCollaboration(me?.collaborationId ?? null);
  return (id) => c?.partners?.find((p) => p.id === id)?.name ?? c?.config.partners.find((p) => p.id === id)?.name ?? id;
}
