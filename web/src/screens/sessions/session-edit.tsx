/**
 * Editing the plan on the session screens (issue 18, ADR 0050), for the planners only (the API's
 * rule P2: process director or support): move a session and set its place, link or chair; cancel
 * it with a reason after a confirmation (only with an empty agenda, said before sending); take an
 * item off the agenda after a confirmation; add an extra session to a body. Each form keeps its
 * input after a refusal; a stale version (409) is said plainly with a way to reload.
 */
import { useEffect, useRef, useState } from 'react';
import { ApiError, get } from '../../api/client';
import { SelectField, TextArea, TextField } from '../../components/form';
import { Alert, Button, ButtonGroup, Heading, Paragraph, Section } from '../../components/ui';
import { useI18n } from '../../i18n/i18n';
import { useLoad } from '../../use-load';
import { missing, useSubmission } from '../case-sub-screen';
import type { Submission } from '../case-sub-screen';
import { FormResult } from '../form-result';
import type { SessionBodyOption, SessionView } from './session-data';
import { formatDateTime, fromLocalInput, toLocalInput } from './session-data';

export const PLANNERS: readonly string[] = ['process_director', 'support'];

function useLabels(): (field: string) => string {
  const { t } = useI18n();
  const b = t.sessions;
  const labels: Record<string, string> = {
    scheduledAt: b.whenField,
    place: b.placeField,
    link: b.linkField,
    chairUserId: b.chairField,
    cancelReason: b.cancelReason,
    status: b.status,
    bodyId: b.addBody,
    bodyKind: b.addBody,
    itemId: b.agenda,
    version: b.editTitle,
  };
  return (f) => labels[f] ?? f;
}

/** The refusal of a form: the plain stale-version message with a reload, or the error summary. */
function Result({ s, onReload, idPrefix = '' }: { s: Submission; onReload: () => void; idPrefix?: string }) {
  const { t } = useI18n();
  const b = t.sessions;
  const labelOf = useLabels();
  if (s.error instanceof ApiError && s.error.status === 409) {
    return (
      <Alert type="error" role="alert">
        <p className="utrecht-paragraph">
          <strong>{b.staleTitle}</strong> {b.stale}
        </p>
        <Button appearance="secondary" onClick={onReload}>
          {b.reload}
        </Button>
      </Alert>
    );
  }
  return <FormResult submission={s} labelOf={labelOf} idPrefix={idPrefix} />;
}

/** The confirmation's heading takes focus so a keyboard or screen-reader user lands on the question. */
function ConfirmHeading({ id, children }: { id: string; children: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <h3 className="utrecht-heading-3" id={id} tabIndex={-1} ref={ref}>
      {children}
    </h3>
  );
}

export function EditSession({ v, onChanged }: { v: SessionView; onChanged: () => void }) {
  const { t } = useI18n();
  const b = t.sessions;
  const [when, setWhen] = useState(() => toLocalInput(v.scheduledAt));
  const [place, setPlace] = useState(v.place ?? '');
  const [link, setLink] = useState(v.link ?? '');
  const [chair, setChair] = useState(v.chair?.userId ?? '');
  const s = useSubmission();
  // The eligible chairs: the current chair and the standing participants; nobody else is chosen for the user.
  const chairs = new Map<string, string>();
  if (v.chair !== null) chairs.set(v.chair.userId, v.chair.name);
  for (const p of v.participants) if (!chairs.has(p.userId)) chairs.set(p.userId, `${p.name} — ${p.partnerName}`);
  const options = [...(v.chair === null ? [{ value: '', label: b.noChair }] : []), ...[...chairs].map(([value, name]) => ({ value, label: name }))];
  return (
    <Section labelledBy="session-edit">
      <Heading level={2} id="session-edit">
        {b.editTitle}
      </Heading>
      <Paragraph>{b.editIntro}</Paragraph>
      <form
        className="utrecht-form ct-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (s.refuse(missing({ scheduledAt: when }, t.surface.required, t.surface.required))) return;
          const at = fromLocalInput(when);
          const change: Record<string, unknown> = { version: v.version };
          if (at !== null && at !== new Date(v.scheduledAt).toISOString()) change.scheduledAt = at;
          if (place.trim() !== (v.place ?? '')) change.place = place.trim() === '' ? null : place.trim();
          if (link.trim() !== (v.link ?? '')) change.link = link.trim() === '' ? null : link.trim();
          if (chair !== '' && chair !== (v.chair?.userId ?? '')) change.chairUserId = chair;
          if (at === null) change.scheduledAt = when;
          if (Object.keys(change).length === 1) {
            s.refuse({ scheduledAt: b.nothingChanged });
            return;
          }
          void s.send('PATCH', `/api/sessions/${v.id}`, change, () => b.saved).then((r) => {
            if (r !== null) onChanged();
          });
        }}
      >
        <Result
          s={s}
          onReload={() => {
            s.reset();
            onChanged();
          }}
        />
        <TextField field="scheduledAt" label={b.whenField} type="datetime-local" value={when} onChange={setWhen} error={s.fields.scheduledAt} required />
        <TextField field="place" label={b.placeField} value={place} onChange={setPlace} error={s.fields.place} optional={t.common.optional} />
        <TextField field="link" label={b.linkField} description={b.linkHint} type="url" value={link} onChange={setLink} error={s.fields.link} optional={t.common.optional} />
        <SelectField field="chairUserId" label={b.chairField} description={b.chairHint} value={chair} onChange={setChair} error={s.fields.chairUserId} options={options} />
        <Button type="submit" appearance="primary" busy={s.busy}>
          {b.save}
        </Button>
      </form>
    </Section>
  );
}

export function CancelSession({ v, onChanged }: { v: SessionView; onChanged: () => void }) {
  const { t, lang } = useI18n();
  const b = t.sessions;
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const s = useSubmission();
  const items = v.items.length + v.topics.length;
  return (
    <Section labelledBy="session-cancel">
      <Heading level={2} id="session-cancel">
        {b.cancelTitle}
      </Heading>
      <Paragraph>{b.cancelIntro}</Paragraph>
      {items > 0 ? (
        <Alert type="info">{b.cancelBlocked(items)}</Alert>
      ) : (
        <form
          className="utrecht-form ct-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            s.reset();
            if (s.refuse(missing({ cancelReason: reason }, t.surface.required, t.surface.required))) return;
            setConfirming(true);
          }}
        >
          <Result
          s={s}
          onReload={() => {
            s.reset();
            onChanged();
          }}
        />
          <TextArea field="cancelReason" label={b.cancelReason} value={reason} onChange={setReason} error={s.fields.cancelReason} rows={2} required />
          {confirming ? (
            <div className="ct-confirm" role="group" aria-labelledby="session-cancel-confirm">
              <ConfirmHeading id="session-cancel-confirm">{b.cancelConfirmTitle}</ConfirmHeading>
              <Paragraph>{b.cancelConfirmText(v.bodyName, formatDateTime(v.scheduledAt, lang))}</Paragraph>
              <ButtonGroup>
                <Button
                  busy={s.busy}
                  disabled={s.busy}
                  onClick={() => {
                    void s.send('PATCH', `/api/sessions/${v.id}`, { version: v.version, status: 'cancelled', cancelReason: reason.trim() }, () => b.cancelled).then((r) => {
                      setConfirming(false);
                      if (r !== null) onChanged();
                    });
                  }}
                >
                  {b.cancelConfirm}
                </Button>
                <Button appearance="secondary" onClick={() => setConfirming(false)}>
                  {b.back}
                </Button>
              </ButtonGroup>
            </div>
          ) : (
            <Button type="submit" appearance="secondary">
              {b.cancelSubmit}
            </Button>
          )}
        </form>
      )}
    </Section>
  );
}

/** The confirmation to take one item off the agenda, shown under the agenda once the planner chose an item. */
export function TakeOff({ sessionId, item, onDone, onBack }: { sessionId: string; item: { itemId: string; caseNumber: string }; onDone: (message: string) => void; onBack: () => void }) {
  const { t } = useI18n();
  const b = t.sessions;
  const s = useSubmission();
  return (
    <div className="ct-confirm" role="group" aria-labelledby="session-takeoff-confirm">
      <ConfirmHeading id="session-takeoff-confirm">{b.takeOffConfirmTitle(item.caseNumber)}</ConfirmHeading>
      <Result s={s} onReload={onBack} />
      <Paragraph>{b.takeOffConfirmText}</Paragraph>
      <ButtonGroup>
        <Button
          busy={s.busy}
          disabled={s.busy}
          onClick={() => {
            void s.send('DELETE', `/api/sessions/${sessionId}/items/${item.itemId}`, undefined, () => b.takenOff(item.caseNumber)).then((r) => {
              if (r !== null) onDone(b.takenOff(item.caseNumber));
            });
          }}
        >
          {b.takeOffConfirm}
        </Button>
        <Button appearance="secondary" onClick={onBack}>
          {b.back}
        </Button>
      </ButtonGroup>
    </div>
  );
}

export function AddSession({ onAdded }: { onAdded: () => void }) {
  const { t, lang } = useI18n();
  const b = t.sessions;
  const bodies = useLoad(() => get<SessionBodyOption[]>('/api/session-bodies'), []);
  const [body, setBody] = useState('');
  const [when, setWhen] = useState('');
  const [place, setPlace] = useState('');
  const [link, setLink] = useState('');
  const s = useSubmission();
  const labelOf = useLabels();
  const options = (bodies.data ?? []).map((x) => ({ value: `${x.kind}:${x.id}`, label: x.name }));
  return (
    <Section labelledBy="session-add">
      <Heading level={2} id="session-add">
        {b.addTitle}
      </Heading>
      <Paragraph>{b.addIntro}</Paragraph>
      <form
        className="utrecht-form ct-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (s.refuse(missing({ bodyId: body, scheduledAt: when }, t.surface.required, t.surface.required))) return;
          const [kind, id] = body.split(':');
          const name = options.find((o) => o.value === body)?.label ?? '';
          const at = fromLocalInput(when) ?? when;
          const input = { bodyKind: kind ?? '', bodyId: id ?? '', scheduledAt: at, ...(place.trim() === '' ? {} : { place: place.trim() }), ...(link.trim() === '' ? {} : { link: link.trim() }) };
          void s.send<{ id: string }>('POST', '/api/sessions', input, () => b.addedSession(name, formatDateTime(at, lang))).then((r) => {
            if (r === null) return;
            setWhen('');
            setPlace('');
            setLink('');
            onAdded();
          });
        }}
      >
        <FormResult submission={s} labelOf={labelOf} idPrefix="add-" />
        <SelectField field="add-bodyId" label={b.addBody} value={body} onChange={setBody} error={s.fields.bodyId} options={[{ value: '', label: b.chooseBody }, ...options]} required />
        <TextField field="add-scheduledAt" label={b.whenField} type="datetime-local" value={when} onChange={setWhen} error={s.fields.scheduledAt} required />
        <TextField field="add-place" label={b.placeField} value={place} onChange={setPlace} error={s.fields.place} optional={t.common.optional} />
        <TextField field="add-link" label={b.linkField} description={b.linkHint} type="url" value={link} onChange={setLink} error={s.fields.link} optional={t.common.optional} />
        <Button type="submit" appearance="primary" busy={s.busy}>
          {b.addSubmit}
        </Button>
      </form>
    </Section>
  );
}
