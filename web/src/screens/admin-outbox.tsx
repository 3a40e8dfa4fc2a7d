/**
 * The e-mail outbox for the functional administrator (§7): whether e-mail is on, how many messages
 * wait, were sent or failed, and each undelivered one with its attempts and last error, so an SMTP
 * server that is down is visible; a message can be sent again.
 */
import { get } from '../api/client';
import { ErrorNotice } from '../components/errors';
import { Button, Heading, Paragraph, Section, Table } from '../components/ui';
import { label, useI18n } from '../i18n/i18n';
import { useLoad } from '../use-load';
import { useSubmission } from './case-sub-screen';
import { FormResult } from './form-result';

interface OutboxStatus {
  readonly enabled: boolean;
  readonly counts: { readonly pending: number; readonly sending: number; readonly sent: number; readonly failed: number };
  readonly undelivered: readonly { readonly id: string; readonly kind: string; readonly toAddress: string; readonly status: string; readonly attempts: number; readonly lastError: string | null; readonly nextAttemptAt: string }[];
}

export function OutboxSection() {
  const { t, lang } = useI18n();
  const o = t.documents.outbox;
  const status = useLoad(() => get<OutboxStatus>('/api/admin/outbox'), []);
  const s = useSubmission();
  const when = (iso: string): string => new Date(iso).toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB');
  return (
    <Section labelledBy="admin-outbox">
      <Heading level={2} id="admin-outbox">
        {o.title}
      </Heading>
      {status.error === null ? null : <ErrorNotice error={status.error} />}
      {status.data === undefined ? null : (
        <>
          <Paragraph>{status.data.enabled ? o.on : o.off}</Paragraph>
          <Paragraph>{o.counts(status.data.counts.pending + status.data.counts.sending, status.data.counts.sent, status.data.counts.failed)}</Paragraph>
          <FormResult submission={s} labelOf={(f) => f} />
          {status.data.undelivered.length === 0 ? (
            <Paragraph>{o.allDelivered}</Paragraph>
          ) : (
            <Table
              caption={o.caption}
              head={[o.to, o.kind, o.status, o.attempts, o.lastError, o.next, '']}
              rows={status.data.undelivered.map((m) => [
                m.id,
                [
                  m.toAddress,
                  label(t.documents.inbox.kinds, m.kind),
                  label(o.statuses, m.status),
                  String(m.attempts),
                  m.lastError ?? '—',
                  m.status === 'failed' ? '—' : when(m.nextAttemptAt),
                  <Button key="retry" appearance="secondary" aria-label={o.retryLabel(m.toAddress)} onClick={() => void s.send('POST', `/api/admin/outbox/${m.id}/retry`, {}, () => o.retried).then(() => status.reload())}>
                    {o.retry}
                  </Button>,
                ],
              ])}
            />
          )}
        </>
      )}
    </Section>
  );
}
