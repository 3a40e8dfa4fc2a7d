/**
 * The action list of a meeting (§3.3): each action with its owner partner, life domain, due date
 * and status; the process director records that the list was sent (within a week), the case
 * director or staff mark an action done.
 */
import { useState } from 'react';
import type { ReactNode } from 'react';
import { get } from '../../api/client';
import { useDirectory } from '../../api/directory';
import type { CaseView } from '../../api/types';
import { ErrorNotice } from '../../components/errors';
import { Alert, Button, DataList, Paragraph, Table } from '../../components/ui';
import { label, useI18n } from '../../i18n/i18n';
import { useLoad } from '../../use-load';
import { CaseSubScreen, useSubmission } from '../case-sub-screen';
import type { Submission } from '../case-sub-screen';
import { FormResult } from '../form-result';
import type { ActionList } from './meeting-data';
import { formatDate } from './meeting-data';
import { DOCUMENT_URLS, DocumentLink } from '../document-link';

export function ActionListScreen({ caseId, meetingId }: { caseId: string; meetingId: string }) {
  const { t } = useI18n();
  return (
    <CaseSubScreen caseId={caseId} title={t.rto.actionListTitle} intro={t.rto.actionListIntro}>
      {(c) => <ActionListBody c={c} meetingId={meetingId} />}
    </CaseSubScreen>
  );
}

export function ActionListBody({ c, meetingId }: { c: CaseView; meetingId: string }) {
  const { t, lang } = useI18n();
  const list = useLoad(() => get<ActionList>(`/api/cases/${c.id}/meetings/${meetingId}/action-list`), [c.id, meetingId]);
  const done = useMarkDone(c.id, list.reload);
  const dir = useDirectory();
  // The responsible worker, when the meeting named one (000-R68).
  const worker = (id: string | null | undefined): string => (id === null || id === undefined ? '' : ` (${dir.data?.people.find((p) => p.id === id)?.displayName ?? t.rto.ownerUser})`);
  const s = done.submission;
  const date = (iso: string | null): string => formatDate(iso, lang);
  if (list.error !== null) return <ErrorNotice error={list.error} />;
  if (list.data === undefined) return <Paragraph>{t.app.loading}</Paragraph>;
  const l = list.data;
  return (
    <>
      {done.result}
      <Paragraph>
        <DocumentLink href={DOCUMENT_URLS.actionList(c.id, meetingId)}>{t.documents.pdf(t.documents.actionList)}</DocumentLink> · <DocumentLink href={DOCUMENT_URLS.meetingRecord(c.id, meetingId)}>{t.documents.pdf(t.documents.meetingRecord)}</DocumentLink>
      </Paragraph>
      <Paragraph>{t.documents.actionListHint}</Paragraph>
      <DataList
        items={[
          [t.rto.sendBy, date(l.sendBy)],
          [t.rto.sentAt, date(l.sentAt)],
        ]}
      />
      <Table
        caption={t.rto.actionListTitle}
        head={[t.rto.description, t.rto.owner, t.rto.domain, t.rto.dueAt, t.rto.status, t.rto.action]}
        rows={l.actions.map((a) => [
          a.id,
          [
            a.description,
            `${a.ownerPartnerName ?? a.ownerPartnerId}${worker(a.ownerUserId)}`,
            a.lifeDomain === null ? '—' : label(t.lifeDomains, a.lifeDomain),
            date(a.dueAt),
            label(t.rto.actionStatuses, a.status),
            c.abilities.updatePlan && a.status === 'open' ? done.button(a) : '—',
          ],
        ])}
      />
      {c.abilities.recordMeeting && l.sentAt === null ? (
        <Button
          appearance="secondary"
          onClick={() => {
            void s.send('POST', `/api/cases/${c.id}/meetings/${meetingId}/action-list/sent`, {}, () => t.rto.sentDone).then(() => list.reload());
          }}
        >
          {t.rto.markSent}
        </Button>
      ) : null}
    </>
  );
}

interface PlanAction {
  readonly id: string;
  readonly description: string;
  readonly version: number;
}

/**
 * Marking an action done, where the actions are listed (the action list and the case page's
 * plan): the button per action and the result, which says what happened and offers to undo it
 * (WCAG 3.3.4). `reload` reads the list again after each change.
 */
export function useMarkDone(caseId: string, reload: () => void): { submission: Submission; result: ReactNode; button: (a: PlanAction) => ReactNode } {
  const { t } = useI18n();
  const s = useSubmission();
  /** The action just marked done, with its new version: "Gedaan" can be undone. */
  const [justDone, setJustDone] = useState<{ id: string; description: string; version: number } | null>(null);
  const result =
    justDone === null ? (
      <FormResult submission={s} labelOf={(f) => f} />
    ) : (
      <Alert type="ok">
        <p className="utrecht-paragraph" role="status">
          {t.surface.doneWithUndo(justDone.description)}
        </p>
        <Button
          appearance="secondary"
          busy={s.busy}
          disabled={s.busy}
          onClick={() => {
            const undo = justDone;
            void s.send('PATCH', `/api/cases/${caseId}/plan/actions/${undo.id}`, { version: undo.version, status: 'open' }, () => t.surface.undone(undo.description)).then(() => {
              setJustDone(null);
              reload();
            });
          }}
        >
          {t.surface.undo}
        </Button>
      </Alert>
    );
  const button = (a: PlanAction): ReactNode => (
    <Button
      key="d"
      appearance="secondary"
      aria-label={t.rto.markDoneLabel(a.description)}
      onClick={() => {
        setJustDone(null);
        void s.send<{ version: number }>('PATCH', `/api/cases/${caseId}/plan/actions/${a.id}`, { version: a.version, status: 'done' }, () => t.rto.markedDone).then((r) => {
          if (r !== null) setJustDone({ id: a.id, description: a.description, version: r.version });
          reload();
        });
      }}
    >
      {t.rto.markDone}
    </Button>
  );
  return { submission: s, result, button };
}
