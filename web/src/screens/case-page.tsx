/**
 * The case page: phase, subjects and the contributions this user may read, as the API decided;
 * the actions offered follow `abilities` only. What the user may not see is absent.
 */
import { useState } from 'react';
import { get } from '../api/client';
import type { CaseAbilities, CaseView, ContributionView } from '../api/types';
import { ErrorNotice } from '../components/errors';
import { Alert, DataList, Heading, ListItem, Paragraph, Section, StatusBadge, UnorderedList } from '../components/ui';
import { label, useI18n } from '../i18n/i18n';
import { Link } from '../router';
import { takeFlash } from '../flash';
import { useLoad } from '../use-load';
import { usePartnerName, useTableName } from './names';
import { CASE_ACTIONS } from './case-actions';
import { CaseOverview } from './case-overview';
import { PickupStatus } from './pickup';
import { StepList } from './process-steps';
import { ReporterVoice } from './reporter-voice';
import { ClosingSection, RegistrationDetailsList } from './registration-details';
import { WeighingsSection } from './weighings-section';
import { CaseMeetings } from './rto';
import { TableProtocol } from './table-protocol';
import type { CaseTable } from '../api/table';

export function useCase(caseId: string) {
  return useLoad(() => get<CaseView>(`/api/cases/${encodeURIComponent(caseId)}`), [caseId]);
}

export function CasePage({ caseId }: { caseId: string }) {
  const { t, lang } = useI18n();
  const [flash, setFlash] = useState<string | null>(takeFlash);
  const loaded = useCase(caseId);
  const tableName = useTableName();
  const c = loaded.data;
  if (loaded.error !== null) {
    return (
      <>
        <Heading level={1} focusOnMount>
          {t.caseView.title('')}
        </Heading>
        <ErrorNotice error={loaded.error} />
        <Paragraph>
          <Link to="/">{t.app.backToWork}</Link>
        </Paragraph>
      </>
    );
  }
  if (c === undefined) return <Paragraph>{t.app.loading}</Paragraph>;
  const date = (iso: string): string => new Date(iso).toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB');
  return (
    <>
      <Heading level={1} focusOnMount>
        {t.caseView.title(c.number)}
      </Heading>
      {flash === null ? null : <Alert type="ok">{flash}</Alert>}
      <DataList
        items={[
          // The collaboration's own step names (seed 004 Bijlage 3: "1 Inbrengen signalen …"), else the generic phase.
          [t.caseView.phase, <StatusBadge status="active" key="p">{c.phaseSteps.length === 0 ? label(t.phases, c.phase) : c.phaseSteps.map((s) => s.label).join(' / ')}</StatusBadge>],
          [t.caseView.table, tableName(c.tableId)],
          ...(c.workArea === null ? [] : [[t.caseView.workArea, c.workAreaName ?? c.workArea] as const]),
          [t.caseView.registered, date(c.createdAt)],
          [t.caseView.purpose, c.purpose === null ? t.common.none : label(t.purposes, c.purpose)],
          // What the registrant ticked, for the process director's judgement at screening (seed 003 art. 1.7, 003-5).
          ...(c.registeredCriteria === null || c.registeredCriteria.complex.length + c.registeredCriteria.table.length === 0
            ? []
            : [[t.closing.registered.criteria, [...c.registeredCriteria.complex.map((k) => label(t.criteria, k)), ...c.registeredCriteria.table].join('; ')] as const]),
          ...(c.registeredCriteria === null || c.registeredCriteria.lifeDomains.length === 0 ? [] : [[t.closing.registered.lifeDomains, c.registeredCriteria.lifeDomains.map((d) => label(t.lifeDomains, d)).join(', ')] as const]),
        ]}
      />
      {!c.abilities.viewCase ? <Alert type="info">{c.abilities.viewAdminSet ? t.caseView.adminSetOnly : t.caseView.notVisible}</Alert> : null}
      {c.pickup === undefined ? null : <PickupStatus pickup={c.pickup} />}
      {c.handover === undefined ? null : <HandoverStatus c={c} />}
      {c.closing === null ? null : <ClosingSection closing={c.closing} />}
      <ReporterVoice
        c={c}
        onDone={(message) => {
          setFlash(message);
          loaded.reload();
        }}
      />
      {c.abilities.screen || c.abilities.askTriage || c.abilities.decideDeescalation || c.abilities.reopen || c.abilities.inviteParticipants ? (
        <StepList caseId={c.id} partnerIds={[c.registrantPartnerId, c.leadPartnerId, ...c.contributions.map((k) => k.byPartnerId)]} registered={c.registeredCriteria} onDone={loaded.reload} nextOnly endings />
      ) : null}
      <ActionsSection caseId={c.id} abilities={c.abilities} />
      <CaseOverview
        c={c}
        onChange={(message) => {
          setFlash(message);
          loaded.reload();
        }}
      />
      {c.abilities.viewCase ? <CaseTableSection caseId={c.id} /> : null}
      {c.abilities.viewCase && c.subjects.length > 0 ? <ConsentStatus c={c} /> : null}
      {c.abilities.viewCase ? <CaseMeetings caseId={c.id} /> : null}
      {c.abilities.viewCase || c.subjects.length > 0 ? <SubjectsSection c={c} /> : null}
      {c.abilities.viewCase ? <ContributionsSection c={c} /> : null}
      {c.abilities.readWeighings ? <WeighingsSection c={c} /> : null}
      <OwnContributionsSection c={c} />
    </>
  );
}

/** The handover after the enrichment (Venlo, seed 002 Bijlage B §1): to whom, why, when, by whom. */
function HandoverStatus({ c }: { c: CaseView }) {
  const { t, lang } = useI18n();
  const partnerName = usePartnerName();
  const h = c.handover;
  if (h === undefined) return null;
  return (
    <Section labelledBy="handover-status-title">
      <Heading level={2} id="handover-status-title">
        {t.steps.handedOverTitle}
      </Heading>
      <DataList
        items={[
          [t.steps.handedOverTo, h.partyName],
          [t.steps.handedOverWhy, t.steps.handoverReasons[h.reason]],
          [t.steps.handedOverWhen, new Date(h.at).toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB')],
          [t.steps.handedOverBy, partnerName(h.byPartnerId)],
        ]}
      />
    </Section>
  );
}

interface ConsentRow {
  readonly subjectId: string;
  readonly givenAt: string;
  readonly refused: boolean;
  readonly revokedAt: string | null;
}

/**
 * Whether each subject's consent is on record, on the case summary where the decision is taken
 * (seed 000 stadsdelen and MDO vervolgvraag "Is de toestemmingsverklaring getekend?", 000-R87).
 */
function ConsentStatus({ c }: { c: CaseView }) {
  const { t, lang } = useI18n();
  const consents = useLoad(() => get<ConsentRow[]>(`/api/cases/${encodeURIComponent(c.id)}/consents`), [c.id]);
  if (consents.data === undefined || consents.error !== null) return null;
  const date = (iso: string): string => new Date(iso).toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB');
  const status = (subjectId: string): string => {
    const own = consents.data?.filter((k) => k.subjectId === subjectId) ?? [];
    const latest = [...own].sort((a, b) => b.givenAt.localeCompare(a.givenAt))[0];
    if (latest === undefined) return t.tables.consentNone;
    if (latest.revokedAt !== null) return t.tables.consentRevoked(date(latest.revokedAt));
    return latest.refused ? t.tables.consentRefused(date(latest.givenAt)) : t.tables.consentGiven(date(latest.givenAt));
  };
  return (
    <Section labelledBy="consent-status-title">
      <div data-testid="consent-status">
        <Heading level={2} id="consent-status-title">
          {t.tables.consentTitle}
        </Heading>
        <DataList items={c.subjects.map((s) => [s.name, status(s.id)] as const)} />
        <Paragraph>
          <Link to={`/cases/${c.id}/consents`}>{t.tables.consentLink}</Link>
        </Paragraph>
      </div>
    </Section>
  );
}

/** The case's table with its rules (seed 000 Bijlage 2), as GET /api/cases/:id/table gives them. */
function CaseTableSection({ caseId }: { caseId: string }) {
  const table = useLoad(() => get<CaseTable>(`/api/cases/${encodeURIComponent(caseId)}/table`), [caseId]);
  if (table.data === undefined || table.error !== null) return null;
  return <TableProtocol table={table.data} />;
}

/**
 * Own contributions the contributor may still manage (P4) but not read in this phase, for example
 * during an RTO it was not invited to: links to their control screen, without content.
 */
function OwnContributionsSection({ c }: { c: CaseView }) {
  const { t } = useI18n();
  const shown = new Set(c.contributions.map((k) => k.id));
  const hidden = c.abilities.controlContributions.filter((id) => !shown.has(id));
  if (hidden.length === 0) return null;
  return (
    <Section labelledBy="own-contributions-title">
      <Heading level={2} id="own-contributions-title">
        {t.control.ownTitle}
      </Heading>
      <Paragraph>{t.control.ownIntro}</Paragraph>
      <UnorderedList>
        {hidden.map((id, i) => (
          <ListItem key={id}>
            <Link to={`/cases/${c.id}/contributions/${id}`}>{t.control.ownLink(i + 1)}</Link>
          </ListItem>
        ))}
      </UnorderedList>
    </Section>
  );
}

function SubjectsSection({ c }: { c: CaseView }) {
  const { t } = useI18n();
  return (
    <Section labelledBy="subjects-title">
      <Heading level={2} id="subjects-title">
        {t.caseView.subjects}
      </Heading>
      {c.subjects.length === 0 ? <Paragraph>{t.caseView.noSubjects}</Paragraph> : null}
      {c.subjects.map((s) => (
        <div className="ct-card" key={s.id} data-testid="subject">
          <Heading level={3}>{s.name}</Heading>
          <DataList
            items={[
              ...(s.birthDate === null ? [] : [[t.caseView.birthDate, s.birthDate] as const]),
              ...(s.address === null ? [] : [[t.caseView.address, s.address] as const]),
              ...(s.relation === null ? [] : [[t.caseView.relation, s.relation] as const]),
              ...(s.bsn === undefined || s.bsn === null ? [] : [[t.caseView.bsn, s.bsn] as const]),
            ]}
          />
        </div>
      ))}
    </Section>
  );
}

function basisKind(basis: unknown): string {
  return typeof basis === 'object' && basis !== null && 'kind' in basis && typeof (basis).kind === 'string' ? (basis as { kind: string }).kind : '';
}

/**
 * `manageHref`: where the contributor manages this contribution (P4), given only when
 * `abilities.controlContributions` has it. `position`: its place in a list of contributions, added
 * to the article's name so that two contributions of one partner in one phase are told apart
 * (WCAG 2.4.1 and 1.3.1: articles with the same name; ADR 0211).
 */
export function ContributionCard({
  contribution: k,
  takeAlong,
  manageHref,
  position,
}: {
  contribution: ContributionView;
  takeAlong: boolean;
  manageHref?: string | undefined;
  position?: { n: number; of: number } | undefined;
}) {
  const { t, lang } = useI18n();
  const partnerName = usePartnerName();
  return (
    <article
      className="ct-card"
      data-testid="contribution"
      data-contribution-id={k.id}
      aria-labelledby={position === undefined ? `contribution-${k.id}` : `contribution-${k.id} contribution-${k.id}-position`}
    >
      <Heading level={3} id={`contribution-${k.id}`}>
        {partnerName(k.byPartnerId)} · {label(t.phases, k.givenIn)}
      </Heading>
      {position === undefined ? null : (
        <span className="ct-visually-hidden" id={`contribution-${k.id}-position`}>
          {t.caseView.contributionPosition(position.n, position.of)}
        </span>
      )}
      <p className="ct-badges">
        {k.special ? <StatusBadge status="warning">{t.caseView.special}</StatusBadge> : null}
        {k.police ? <StatusBadge status="warning">{t.caseView.police}</StatusBadge> : null}
        {k.withdrawn ? <StatusBadge status="inactive">{t.caseView.withdrawn}</StatusBadge> : null}
        {takeAlong ? <StatusBadge status="success">{t.caseView.takeAlongAllowed}</StatusBadge> : null}
      </p>
      <p className="utrecht-paragraph ct-content">{k.content}</p>
      {k.details === undefined ? null : <RegistrationDetailsList details={k.details} />}
      <DataList
        items={[
          [t.caseView.purposes, k.purposes.map((p) => label(t.purposes, p)).join(', ')],
          [t.caseView.basis, label(t.basisKinds, basisKind(k.basis))],
          [t.caseView.registered, new Date(k.createdAt).toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB')],
          ...(k.obligations.length === 0 ? [] : [[t.caseView.obligations, k.obligations.map((o) => label(t.surface.obligations, o)).join(', ')] as const]),
        ]}
      />
      {manageHref === undefined ? null : (
        <Paragraph>
          <Link to={manageHref}>{t.control.manage}</Link>
        </Paragraph>
      )}
    </article>
  );
}

function ContributionsSection({ c }: { c: CaseView }) {
  const { t } = useI18n();
  return (
    <Section labelledBy="contributions-title">
      <Heading level={2} id="contributions-title">
        {t.caseView.contributions}
      </Heading>
      {c.contributions.length === 0 ? <Paragraph>{t.caseView.noContributions}</Paragraph> : null}
      {c.contributions.map((k, i) => (
        <ContributionCard
          key={k.id}
          contribution={k}
          position={{ n: i + 1, of: c.contributions.length }}
          takeAlong={c.abilities.takeAlong.includes(k.id)}
          manageHref={c.abilities.controlContributions.includes(k.id) ? `/cases/${c.id}/contributions/${k.id}` : undefined}
        />
      ))}
    </Section>
  );
}

function ActionsSection({ caseId, abilities }: { caseId: string; abilities: CaseAbilities }) {
  const { t } = useI18n();
  const offered = CASE_ACTIONS.filter((a) => a.abilities.some((name) => abilities[name]));
  return (
    <Section labelledBy="actions-title">
      <Heading level={2} id="actions-title">
        {t.caseView.actions}
      </Heading>
      {offered.length === 0 ? (
        <Paragraph>{t.caseView.noActions}</Paragraph>
      ) : (
        <UnorderedList>
          {offered.map((a) => (
            <ListItem key={a.path}>
              <Link to={`/cases/${caseId}/${a.path}`}>{a.label(t)}</Link>
            </ListItem>
          ))}
        </UnorderedList>
      )}
    </Section>
  );
}
