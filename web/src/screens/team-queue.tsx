/**
 * "Nieuwe aanmeldingen van uw team" on My work, for process directors (GET /api/team-queue): the
 * new registrations of the pool that a colleague or nobody holds, with the case number, table,
 * date and holder only; "Oppakken" makes the director its process director and opens the case.
 */
import { useState } from 'react';
import { get, post } from '../api/client';
import type { paths } from '../api/contract';
import { ErrorNotice } from '../components/errors';
import { Button, Heading, Paragraph, Section, Table } from '../components/ui';
import { dutchDate } from '../dates';
import { setFlash } from '../flash';
import { useI18n } from '../i18n/i18n';
import { navigate } from '../router';
import { useLoad } from '../use-load';
import { useTableName } from './names';

type QueueItem = paths['/api/team-queue']['get']['responses'][200]['content']['application/json'][number];

export function TeamQueue() {
  const { t } = useI18n();
  const queue = useLoad(() => get<QueueItem[]>('/api/team-queue'), []);
  const tableName = useTableName();
  const [error, setError] = useState<unknown>(null);
  const list = queue.data ?? [];
  if (queue.error !== null || list.length === 0) return null;
  return (
    <Section labelledBy="team-queue-title">
      <Heading level={2} id="team-queue-title">
        {t.work.queue}
      </Heading>
      <Paragraph>{t.work.queueIntro}</Paragraph>
      {error === null ? null : <ErrorNotice error={error} />}
      <Table
        caption={t.work.queueCaption(list.length)}
        head={[t.work.number, t.work.table, t.work.queueRegistered, t.work.queueHeldBy, t.triage.action]}
        rows={list.map((q) => [
          q.id,
          [
            q.number,
            tableName(q.tableId),
            dutchDate(q.registeredAt),
            q.heldBy ?? t.work.queueNobody,
            <Button
              key="b"
              appearance="secondary"
              aria-label={t.work.queueTakeLabel(q.number)}
              onClick={() => {
                setError(null);
                post(`/api/cases/${q.id}/take-from-queue`).then(
                  () => {
                    setFlash(t.work.queueTaken(q.number));
                    navigate(`/cases/${q.id}`);
                  },
                  (e: unknown) => {
                    setError(e);
                    queue.reload();
                  },
                );
              }}
            >
              {t.work.queueTake}
            </Button>,
          ],
        ])}
      />
    </Section>
  );
}
