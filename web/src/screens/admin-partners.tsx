/**
 * Partners joining and leaving the covenant (P1). The list shows each partner's membership as
 * the API computes it; a request to join makes a candidate; the candidate's page records the
 * approvals the covenant requires and the signed accession declaration, and a member's page
 * records its notice with the end date the domain computes.
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { ErrorNotice } from '../components/errors';
import { Checkbox, RadioGroup, SelectField, TextArea, TextField } from '../components/form';
import { Button, DataList, Heading, ListItem, Paragraph, Section, Table, UnorderedList } from '../components/ui';
import { label, useI18n } from '../i18n/i18n';
import { Link, navigate } from '../router';
import { useLoad } from '../use-load';
import { FormResult } from './form-result';
import { dateTime, today, useSubmission } from './case-sub-screen';
import { BASIS_KIND_NAMES, PARTNER_TYPE_NAMES, loadConfig, loadPartners } from './admin-data';
import type { AccessionDecisionView, GovernanceConfig, PartnerView } from './admin-data';
import { MembershipBadge } from './admin-status';
import { DOCUMENT_URLS, DocumentLink } from './document-link';
import { PartnerDelegates } from './partner-delegates';
import { MembershipEnds } from './partner-membership';

function CovenantTerms({ config }: { config: GovernanceConfig }) {
  const { t } = useI18n();
  const g = t.governance.partners;
  return (
    <DataList
      items={[
        [g.rule, label(g.rules, config.config.joinApproval.rule)],
        [g.noticePeriod, `${g.months(config.config.noticePeriodMonths)}; ${label(g.effects, config.config.noticeEffect)}`],
      ]}
    />
  );
}

export function PartnersScreen() {
  const { t } = useI18n();
  const g = t.governance.partners;
  const partners = useLoad(loadPartners, []);
  const config = useLoad(loadConfig, []);
  return (
    <>
      <Heading level={1} focusOnMount>
        {g.title}
      </Heading>
      <Paragraph lead>{g.intro}</Paragraph>
      <Paragraph>
        <Link to="/admin">{t.governance.user.back}</Link>
      </Paragraph>
      {config.data === undefined ? null : <CovenantTerms config={config.data} />}
      <Section labelledBy="partners-list">
        <Heading level={2} id="partners-list">
          {g.list}
        </Heading>
        {partners.error === null ? null : <ErrorNotice error={partners.error} />}
        {partners.data === undefined ? null : (
          <Table
            caption={g.list}
            head={[g.name, g.type, g.status, g.details]}
            rows={partners.data.map((p) => [
              p.id,
              [
                p.name,
                label(t.governance.partnerTypes, p.type),
                <MembershipBadge partner={p} key="status" />,
                <Link to={`/admin/partners/${p.id}`} key="details" aria-label={g.detailsOf(p.name)}>
                  {g.details}
                </Link>,
              ],
            ])}
          />
        )}
      </Section>
      <NewPartnerForm />
    </>
  );
}

function NewPartnerForm() {
  const { t } = useI18n();
  const g = t.governance.partners;
  const submission = useSubmission();
  const [slug, setSlug] = useState('');
  const [name, setName] = useState('');
  const [type, setType] = useState('welzijn');
  const [publicAuthority, setPublicAuthority] = useState(false);
  const [maySeeSpecial, setMaySeeSpecial] = useState(false);
  const [mayUseBsn, setMayUseBsn] = useState(false);
  const [professionalSecrecy, setProfessionalSecrecy] = useState(false);
  const [basisKind, setBasisKind] = useState('consent');
  const [law, setLaw] = useState('');
  const labels: Record<string, string> = {
    slug: g.slug,
    name: g.orgName,
    type: g.orgType,
    publicAuthority: g.publicAuthority,
    maySeeSpecial: g.maySeeSpecial,
    mayUseBsn: g.mayUseBsn,
    professionalSecrecy: g.professionalSecrecy,
    'legalBasisCatalogue.0.kind': g.basisKind,
    'legalBasisCatalogue.0.law': g.law,
  };
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    const body = {
      slug,
      name,
      type,
      publicAuthority,
      maySeeSpecial,
      mayUseBsn,
      professionalSecrecy,
      legalRegimes: ['AVG'],
      legalBasisCatalogue: [{ kind: basisKind, ...(law.trim() === '' ? {} : { law: law.trim() }) }],
    };
    void submission.send<{ partnerId: string }>('POST', '/api/partners', body, () => g.requested).then((r) => {
      if (r !== null) navigate(`/admin/partners/${r.partnerId}`);
    });
  };
  const f = submission.fields;
  return (
    <Section labelledBy="partners-new">
      <Heading level={2} id="partners-new">
        {g.newTitle}
      </Heading>
      <Paragraph>{g.newIntro}</Paragraph>
      <FormResult submission={submission} labelOf={(field) => labels[field] ?? field} />
      <form className="utrecht-form" onSubmit={submit} noValidate>
        <TextField field="name" label={g.orgName} value={name} onChange={setName} error={f.name} />
        <TextField field="slug" label={g.slug} description={g.slugDescription} value={slug} onChange={setSlug} error={f.slug} />
        <SelectField field="type" label={g.orgType} value={type} onChange={setType} options={PARTNER_TYPE_NAMES.map((v) => ({ value: v, label: label(t.governance.partnerTypes, v) }))} error={f.type} />
        <Checkbox field="publicAuthority" label={g.publicAuthority} checked={publicAuthority} onChange={setPublicAuthority} error={f.publicAuthority} />
        <Checkbox field="maySeeSpecial" label={g.maySeeSpecial} checked={maySeeSpecial} onChange={setMaySeeSpecial} error={f.maySeeSpecial} />
        <Checkbox field="mayUseBsn" label={g.mayUseBsn} checked={mayUseBsn} onChange={setMayUseBsn} error={f.mayUseBsn} />
        <Checkbox field="professionalSecrecy" label={g.professionalSecrecy} checked={professionalSecrecy} onChange={setProfessionalSecrecy} error={f.professionalSecrecy} />
        <SelectField
          field="legalBasisCatalogue.0.kind"
          label={g.basisKind}
          value={basisKind}
          onChange={setBasisKind}
          options={BASIS_KIND_NAMES.map((v) => ({ value: v, label: label(t.basisKinds, v) }))}
          error={f['legalBasisCatalogue.0.kind']}
        />
        <TextField field="legalBasisCatalogue.0.law" label={g.law} description={g.lawDescription} value={law} onChange={setLaw} error={f['legalBasisCatalogue.0.law']} optional={t.common.optional} />
        <Button type="submit" busy={submission.busy}>
          {g.request}
        </Button>
      </form>
    </Section>
  );
}

export function PartnerScreen({ partnerId }: { partnerId: string }) {
  const { t } = useI18n();
  const g = t.governance.partner;
  const partners = useLoad(loadPartners, []);
  const config = useLoad(loadConfig, []);
  if (partners.error !== null) return <ErrorNotice error={partners.error} />;
  if (partners.data === undefined || config.data === undefined) return <Paragraph>{t.app.loading}</Paragraph>;
  const partner = partners.data.find((p) => p.id === partnerId);
  if (partner === undefined) {
    return (
      <>
        <Heading level={1} focusOnMount>
          {g.notFound}
        </Heading>
        <Paragraph>
          <Link to="/admin/partners">{g.back}</Link>
        </Paragraph>
      </>
    );
  }
  const all = partners.data;
  return <PartnerDetails partner={partner} all={all} config={config.data} reload={partners.reload} />;
}

function PartnerDetails({ partner, all, config, reload }: { partner: PartnerView; all: readonly PartnerView[]; config: GovernanceConfig; reload: () => void }) {
  const { t } = useI18n();
  const g = t.governance.partner;
  const d = t.governance.date;
  const nameOf = (id: string): string => all.find((p) => p.id === id)?.name ?? id;
  return (
    <>
      <Heading level={1} focusOnMount>
        {partner.name}
      </Heading>
      <Paragraph>
        <Link to="/admin/partners">{g.back}</Link>
      </Paragraph>
      <Paragraph>
        <DocumentLink href={DOCUMENT_URLS.accessionDeclaration(partner.id)}>{t.documents.pdf(t.documents.accession)}</DocumentLink>
      </Paragraph>
      <Section labelledBy="partner-membership">
        <Heading level={2} id="partner-membership">
          {g.membership}
        </Heading>
        <DataList
          items={[
            [t.governance.partners.status, <MembershipBadge partner={partner} key="status" />],
            [g.member, partner.member ? t.common.yes : t.common.no],
            [g.active, partner.active ? t.common.yes : t.common.no],
            ...(partner.member ? [[g.joinedAt, partner.joinedAt === null ? g.founding : d(partner.joinedAt)] as const] : []),
            ...(partner.noticeGivenAt === null ? [] : [[g.noticeGivenAt, d(partner.noticeGivenAt)] as const]),
            ...(partner.endsAt === null ? [] : [[g.endsAt, d(partner.endsAt)] as const]),
          ]}
        />
      </Section>
      <PartnerDelegates partnerId={partner.id} />
      {partner.accession === null ? null : <Accession partner={partner} all={all} config={config} nameOf={nameOf} reload={reload} />}
      {partner.member && (partner.active || partner.noticeGivenAt !== null) ? <Notice partner={partner} config={config} reload={reload} /> : null}
      {partner.member ? <MembershipEnds partner={partner} all={all} config={config} reload={reload} /> : null}
    </>
  );
}

interface Outcome {
  readonly member: boolean;
}

function Accession({ partner, all, config, nameOf, reload }: { partner: PartnerView; all: readonly PartnerView[]; config: GovernanceConfig; nameOf: (id: string) => string; reload: () => void }) {
  const { t } = useI18n();
  const g = t.governance.partner;
  const d = t.governance.date;
  const accession = partner.accession;
  const decision = useSubmission();
  const declaration = useSubmission();
  const voters = all.filter((p) => p.active && p.id !== partner.id);
  const firstPending = partner.accessionPending?.partners[0];
  const [by, setBy] = useState(firstPending ?? voters[0]?.id ?? 'steering_group');
  const [approved, setApproved] = useState('yes');
  const [decidedAt, setDecidedAt] = useState(today());
  const [motivation, setMotivation] = useState('');
  const [signedAt, setSignedAt] = useState(today());
  if (accession === null) return null;
  const outcomeText = (base: string) => (o: Outcome) => (o.member ? `${base} ${g.nowMember}` : base);
  const decide = (e: FormEvent): void => {
    e.preventDefault();
    const body = {
      by: by === 'steering_group' ? { kind: 'steering_group' } : { kind: 'partner', partnerId: by },
      approved: approved === 'yes',
      at: dateTime(decidedAt),
      ...(motivation.trim() === '' ? {} : { motivation: motivation.trim() }),
    };
    void decision.send<Outcome>('POST', `/api/partners/${partner.id}/accession/decisions`, body, outcomeText(g.decided)).then((r) => {
      if (r !== null) {
        setMotivation('');
        reload();
      }
    });
  };
  const sign = (e: FormEvent): void => {
    e.preventDefault();
    void declaration.send<Outcome>('POST', `/api/partners/${partner.id}/accession/declaration`, { signedAt: dateTime(signedAt) }, outcomeText(g.signed)).then((r) => {
      if (r !== null) reload();
    });
  };
  const byLabel = (b: AccessionDecisionView): string => (b.by.kind === 'steering_group' ? g.steeringGroup : nameOf(b.by.partnerId));
  const pending = partner.accessionPending;
  return (
    <Section labelledBy="partner-accession">
      <Heading level={2} id="partner-accession">
        {g.accession}
      </Heading>
      <DataList
        items={[
          [t.governance.partners.rule, label(t.governance.partners.rules, config.config.joinApproval.rule)],
          [g.requestedAt, d(accession.requestedAt)],
          ...(pending === null
            ? []
            : [
                [
                  g.waitingFor,
                  <>
                    {label(g.pending, pending.reason)}
                    {pending.partners.length === 0 ? null : (
                      <>
                        <br />
                        {g.partnersConcerned(pending.partners.map(nameOf).join(', '))}
                      </>
                    )}
                  </>,
                ] as const,
              ]),
        ]}
      />
      <Heading level={3}>{g.decisions}</Heading>
      {accession.decisions.length === 0 ? (
        <Paragraph>{g.noDecisions}</Paragraph>
      ) : (
        <UnorderedList>
          {accession.decisions.map((x, i) => (
            <ListItem key={i}>{g.decisionRow(byLabel(x), x.approved, d(x.at))}</ListItem>
          ))}
        </UnorderedList>
      )}
      {partner.member ? null : (
        <>
          <Heading level={3}>{g.decideTitle}</Heading>
          <FormResult submission={decision} labelOf={(f) => ({ 'by.partnerId': g.by, by: g.by, approved: g.approved, at: g.decidedAt, motivation: g.motivation })[f] ?? f} idPrefix="d-" />
          <form className="utrecht-form" onSubmit={decide} noValidate>
            <SelectField
              field="d-by.partnerId"
              label={g.by}
              value={by}
              onChange={setBy}
              options={[...voters.map((p) => ({ value: p.id, label: p.name })), { value: 'steering_group', label: g.steeringGroup }]}
              error={decision.fields['by.partnerId'] ?? decision.fields.by}
            />
            <RadioGroup
              field="d-approved"
              legend={g.approved}
              value={approved}
              onChange={setApproved}
              options={[
                { value: 'yes', label: g.approve },
                { value: 'no', label: g.refuse },
              ]}
              error={decision.fields.approved}
            />
            <TextField field="d-at" type="date" label={g.decidedAt} value={decidedAt} onChange={setDecidedAt} error={decision.fields.at} />
            <TextArea field="d-motivation" label={g.motivation} value={motivation} onChange={setMotivation} error={decision.fields.motivation} optional={t.common.optional} rows={3} />
            <Button type="submit" busy={decision.busy}>
              {g.decide}
            </Button>
          </form>
          <Heading level={3}>{g.declarationTitle}</Heading>
        </>
      )}
      <FormResult submission={declaration} labelOf={(f) => (f === 'signedAt' ? g.signedAt : f)} idPrefix="s-" />
      {partner.member ? null : (
        <form className="utrecht-form" onSubmit={sign} noValidate>
          <TextField field="s-signedAt" type="date" label={g.signedAt} value={signedAt} onChange={setSignedAt} error={declaration.fields.signedAt} />
          <Button type="submit" appearance="secondary" busy={declaration.busy}>
            {g.sign}
          </Button>
        </form>
      )}
    </Section>
  );
}

function Notice({ partner, config, reload }: { partner: PartnerView; config: GovernanceConfig; reload: () => void }) {
  const { t } = useI18n();
  const g = t.governance.partner;
  const d = t.governance.date;
  const submission = useSubmission();
  const [givenAt, setGivenAt] = useState(today());
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    void submission.send<{ endsAt: string }>('POST', `/api/partners/${partner.id}/notice`, { givenAt: dateTime(givenAt) }, (r) => g.given(d(r.endsAt))).then((r) => {
      if (r !== null) reload();
    });
  };
  return (
    <Section labelledBy="partner-notice">
      <Heading level={2} id="partner-notice">
        {g.noticeTitle}
      </Heading>
      <Paragraph>{g.noticeRule(t.governance.partners.months(config.config.noticePeriodMonths), label(t.governance.partners.effects, config.config.noticeEffect))}</Paragraph>
      {partner.noticeWouldEndAt === null ? null : <Paragraph>{g.noticeWouldEnd(d(partner.noticeWouldEndAt))}</Paragraph>}
      <FormResult submission={submission} labelOf={(f) => (f === 'givenAt' ? g.noticeAt : f)} idPrefix="n-" />
      {partner.noticeGivenAt === null ? (
        <form className="utrecht-form" onSubmit={submit} noValidate>
          <TextField field="n-givenAt" type="date" label={g.noticeAt} value={givenAt} onChange={setGivenAt} error={submission.fields.givenAt} />
          <Button type="submit" busy={submission.busy}>
            {g.give}
          </Button>
        </form>
      ) : submission.done === null && partner.endsAt !== null ? (
        <Paragraph>{g.given(d(partner.endsAt))}</Paragraph>
      ) : null}
    </Section>
  );
}
