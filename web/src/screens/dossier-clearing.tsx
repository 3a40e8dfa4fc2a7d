/**
 * Clearing the dossier at de-escalation (seed 003 Bijlage 3 fase 4, ADR 0107): the process
 * director ticks the contributions no longer needed, gives a reason, confirms (they are deleted
 * for good), and sees what was removed: whose, which kind, when, by whom and why, never the
 * content (GET /api/cases/:id/deescalation/clearings). Offered by the domain's `clearDossier` and
 * `viewClearings` abilities.
 */
import { useState } from 'react';
import { get } from '../api/client';
import type { CaseView } from '../api/types';
import { ConfirmStep } from '../components/confirm';
import { CheckboxGroup, TextArea } from '../components/form';
import { Alert, Button, Heading, Paragraph, Section, Table } from '../components/ui';
import { label, useI18n } from '../i18n/i18n';
import { useLoad } from '../use-load';
import { CaseSubScreen, missing, useSubmission } from './case-sub-screen';
import { FormResult } from './form-result';
import { usePartnerName } from './names';

interface Clearing {
  readonly id: string;
  readonly contributedByPartnerId: string;
  readonly category: string;
  readonly police: boolean;
  readonly contributedAt: string;
  readonly cause: 'deescalation_clearing' | 'police_data_retention';
  readonly clearedByName: string | null;
  readonly clearedAt: string;
  readonly reason: string | null;
}

export function DossierClearingScreen({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const b = t.closing.clearing;
  return (
    <CaseSubScreen caseId={caseId} title={b.title} intro={b.intro}>
      {(c, reload) =>
        c.abilities.viewClearings ? (
          <>
            {c.abilities.clearDossier ? <ClearForm c={c} onDone={reload} /> : <Alert type="info">{b.notNow}</Alert>}
            <ClearingList c={c} />
          </>
        ) : (
          <Alert type="info">{t.caseView.notVisible}</Alert>
        )
      }
    </CaseSubScreen>
  );
}

function ClearForm({ c, onDone }: { c: CaseView; onDone: () => void }) {
  const { t, lang } = useI18n();
  const b = t.closing.clearing;
  const partnerName = usePartnerName();
  const s = useSubmission();
  const [chosen, setChosen] = useState<string[]>([]);
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const labels: Record<string, string> = { contributionIds: b.items, reason: b.reason };
  const p = 'clear.';
  const date = (iso: string): string => new Date(iso).toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB');
  const excerpt = (text: string): string => (text.length > 80 ? `${text.slice(0, 77)}…` : text);
  const options = c.contributions.map((k) => ({
    value: k.id,
    label: [partnerName(k.byPartnerId), label({ ...t.lifeDomains }, k.category), ...(k.police ? [b.police] : []), date(k.createdAt)].join(' · ') + `: ${excerpt(k.content)}`,
  }));
  return (
    <Section labelledBy="clearing-form-title">
      <Heading level={2} id="clearing-form-title">
        {b.chooseTitle}
      </Heading>
      <FormResult submission={s} labelOf={(f) => labels[f] ?? f} idPrefix={p} />
      {options.length === 0 ? (
        <Paragraph>{b.none}</Paragraph>
      ) : (
        <form
          className="utrecht-form ct-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (!confirming) {
              if (s.refuse(missing({ contributionIds: chosen, reason }, t.surface.required, t.surface.chooseOne))) return;
              s.reset();
              setConfirming(true);
              return;
            }
            void s.send<{ cleared: number }>('POST', `/api/cases/${c.id}/deescalation/clearing`, { contributionIds: chosen, reason }, (r) => b.done(r.cleared)).then((r) => {
              setConfirming(false);
              if (r === null) return;
              setChosen([]);
              setReason('');
              onDone();
            });
          }}
        >
          <CheckboxGroup field={`${p}contributionIds`} legend={b.items} description={b.itemsHint} options={options} selected={chosen} onChange={setChosen} error={s.fields.contributionIds} />
          <TextArea field={`${p}reason`} label={b.reason} description={b.reasonHint} value={reason} onChange={setReason} error={s.fields.reason} rows={3} required />
          {confirming ? (
            <ConfirmStep action={b.submit} consequence={b.consequence(chosen.length)} busy={s.busy} onCancel={() => setConfirming(false)} />
          ) : (
            <Button type="submit" busy={s.busy} disabled={s.busy}>
              {b.submit}
            </Button>
          )}
        </form>
      )}
    </Section>
  );
}

function ClearingList({ c }: { c: CaseView }) {
  const { t, lang } = useI18n();
  const b = t.closing.clearing;
  const partnerName = usePartnerName();
  const list = useLoad(() => get<Clearing[]>(`/api/cases/${encodeURIComponent(c.id)}/deescalation/clearings`), [c.id, c.version, c.contributions.length]);
  const date = (iso: string): string => new Date(iso).toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB');
  if (list.data === undefined) return null;
  return (
    <Section labelledBy="clearing-list-title">
      <Heading level={2} id="clearing-list-title">
        {b.listTitle}
      </Heading>
      {list.data.length === 0 ? (
        <Paragraph>{b.listNone}</Paragraph>
      ) : (
        <Table
          caption={b.caption}
          head={[b.partner, b.category, b.contributedAt, b.clearedAt, b.clearedBy, b.why]}
          rows={list.data.map((r) => [
            r.id,
            [
              partnerName(r.contributedByPartnerId),
              [label({ ...t.lifeDomains }, r.category), ...(r.police ? [b.police] : [])].join(', '),
              date(r.contributedAt),
              date(r.clearedAt),
              r.clearedByName ?? b.bySystem,
              [b.causes[r.cause], r.reason].filter((x) => x !== null && x !== '').join(': '),
            ],
          ])}
        />
      )}
    </Section>
  );
}
