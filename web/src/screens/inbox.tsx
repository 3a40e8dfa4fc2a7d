/**
 * The inbox (§7): what waits for the signed-in user, newest first, with a link to the screen where
 * it is handled and a way to mark it read. An e-mail, when configured, only says that something
 * waits here; the API holds no case content in a notification.
 */
import { useRef, useState } from 'react';
import { get, post } from '../api/client';
import { ErrorNotice } from '../components/errors';
import { Alert, Button, ButtonGroup, Heading, Paragraph, Section, StatusBadge, Table } from '../components/ui';
import { label, useI18n } from '../i18n/i18n';
import { Link, match } from '../router';
import { useLoad } from '../use-load';
import { EXTRA_ROUTES } from './routes';

interface InboxNotification {
  readonly id: string;
  readonly kind: string;
  readonly caseId: string | null;
  readonly link: string;
  readonly dueAt: string | null;
  readonly createdAt: string;
  readonly readAt: string | null;
}

interface Inbox {
  readonly unread: number;
  readonly notifications: readonly InboxNotification[];
}

/** Whether this interface has a screen at the path (the privacy office's screens come later). */
function knownPath(path: string): boolean {
  if (match('/cases/:caseId', path) !== null) return true;
  return EXTRA_ROUTES.some((r) => match(r.pattern, path) !== null);
}

export function InboxScreen() {
  const { t, lang } = useI18n();
  const b = t.documents.inbox;
  const inbox = useLoad(() => get<Inbox>('/api/inbox'), []);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const date = (iso: string | null): string => (iso === null ? '—' : new Date(iso).toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB'));
  const mark = async (id?: string): Promise<void> => {
    try {
      await post('/api/inbox/read', id === undefined ? {} : { id });
      setDone(b.markedRead);
      setError(null);
      inbox.reload();
    } catch (e) {
      setError(e);
    } finally {
      requestAnimationFrame(() => resultRef.current?.focus());
    }
  };
  return (
    <>
      <Heading level={1} focusOnMount>
        {b.title}
      </Heading>
      <Paragraph lead>{b.intro}</Paragraph>
      <div ref={resultRef} tabIndex={-1} className="ct-focus-target">
        {done === null ? null : <Alert type="ok">{done}</Alert>}
        {error === null ? null : <ErrorNotice error={error} />}
      </div>
      {inbox.error === null ? null : <ErrorNotice error={inbox.error} />}
      {inbox.data === undefined ? (
        inbox.error === null ? <Paragraph>{t.app.loading}</Paragraph> : null
      ) : (
        <Section labelledBy="inbox-list">
          <Heading level={2} id="inbox-list">
            {b.unread(inbox.data.unread)}
          </Heading>
          {inbox.data.notifications.length === 0 ? (
            <Paragraph>{b.empty}</Paragraph>
          ) : (
            <>
              {inbox.data.unread > 0 ? (
                <ButtonGroup>
                  <Button appearance="secondary" onClick={() => void mark()}>
                    {b.markAllRead}
                  </Button>
                </ButtonGroup>
              ) : null}
              <Table
                caption={b.caption}
                head={[b.what, b.received, b.due, b.status, b.actions]}
                rows={inbox.data.notifications.map((n) => {
                  const what = label(b.kinds, n.kind);
                  return [
                    n.id,
                    [
                      knownPath(n.link) ? (
                        <Link key="open" to={n.link} aria-label={b.openLabel(what)}>
                          {what}
                        </Link>
                      ) : (
                        `${what} — ${b.noLink}`
                      ),
                      date(n.createdAt),
                      date(n.dueAt),
                      n.readAt === null ? <StatusBadge status="warning">{b.new}</StatusBadge> : <StatusBadge status="inactive">{b.read}</StatusBadge>,
                      n.readAt === null ? (
                        <Button key="read" appearance="secondary" aria-label={b.markReadLabel(what)} onClick={() => void mark(n.id)}>
                          {b.markRead}
                        </Button>
                      ) : (
                        '—'
                      ),
                    ],
                  ];
                })}
              />
            </>
          )}
        </Section>
      )}
    </>
  );
}
