/**
 * Nijmegen's pickup (seed 004 Bijlage 3, step 5; P12): nothing is stored in the case before a
 * partner picked it up. The case page states whether it was; the process director records it
 * when the domain's `recordPickup` ability allows.
 */
import { useState } from 'react';
import { useDirectory } from '../api/directory';
import type { CaseView } from '../api/types';
import { SelectField } from '../components/form';
import { Alert, Button, Heading, Paragraph, Section } from '../components/ui';
import { RuleText } from '../components/errors';
import { useI18n } from '../i18n/i18n';
import { useSubmission } from './case-sub-screen';
import { FormResult } from './form-result';
import { partnerName } from './triage';

/** "Picked up by … on …", or that nothing is stored until a partner picks the case up. */
export function PickupStatus({ pickup }: { pickup: NonNullable<CaseView['pickup']> }) {
  const { t, lang } = useI18n();
  const dir = useDirectory();
  if (pickup.byPartnerId === null || pickup.pickedUpAt === null) {
    return (
      <Alert type="info">
        <p className="utrecht-paragraph">
          <strong>{t.variants.pickup.notYet}.</strong> {t.variants.pickup.notYetExplained}
        </p>
        <RuleText rule="P12" />
      </Alert>
    );
  }
  return <Paragraph>{t.variants.pickup.by(partnerName(dir.data, pickup.byPartnerId), new Date(pickup.pickedUpAt).toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB'))}</Paragraph>;
}

/** The process director records which active partner picks the case up. */
export function PickupForm({ c, onDone }: { c: CaseView; onDone: (message: string) => void }) {
  const { t } = useI18n();
  const dir = useDirectory();
  const s = useSubmission();
  const candidates = (dir.data?.partners ?? []).filter((p) => p.member && p.active);
  const [chosen, setChosen] = useState('');
  const partnerId = chosen !== '' ? chosen : (candidates[0]?.id ?? '');
  const nameOf = (id: string): string => candidates.find((p) => p.id === id)?.name ?? id;
  return (
    <Section labelledBy="pickup-title">
      <Heading level={2} id="pickup-title">
        {t.variants.pickup.title}
      </Heading>
      <Paragraph>{t.variants.pickup.intro}</Paragraph>
      <form
        className="utrecht-form ct-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void s.send('POST', `/api/cases/${c.id}/pickup`, { partnerId, version: c.version }, () => t.variants.pickup.done(nameOf(partnerId))).then((r) => {
            if (r !== null) onDone(t.variants.pickup.done(nameOf(partnerId)));
          });
        }}
      >
        <FormResult submission={s} labelOf={(f) => (f === 'partnerId' ? t.variants.pickup.partner : f)} idPrefix="pickup." />
        <SelectField field="pickup.partnerId" label={t.variants.pickup.partner} value={partnerId} onChange={setChosen} options={candidates.map((p) => ({ value: p.id, label: p.name }))} error={s.fields.partnerId} />
        <Button type="submit" busy={s.busy} disabled={s.busy}>
          {t.variants.pickup.submit}
        </Button>
      </form>
    </Section>
  );
}
