/** A contribution of the user's organisation (P4, P5): content, kind of data, purposes, basis, release. */
import { useState } from 'react';
import { Checkbox, CheckboxGroup, RadioGroup, TextArea } from '../components/form';
import { Button } from '../components/ui';
import { label, useI18n } from '../i18n/i18n';
import { BasisFields, basisBody, emptyBasis } from './basis-fields';
import type { BasisState } from './basis-fields';
import { CaseSubScreen, useSubmission } from './case-sub-screen';
import { FormResult } from './form-result';
import { CategoryField } from './category-field';
import { get } from '../api/client';
import { useLoad } from '../use-load';
import { tableCategories } from '../api/table';
import { onlyUnderWpg, underWpg, useDirectory } from '../api/directory';
import type { CaseTable } from '../api/table';

const PURPOSES = ['screening', 'triage', 'rto', 'plan_execution', 'monitoring', 'referral'] as const;

export function ContributeScreen({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const s = useSubmission();
  const [content, setContent] = useState('');
  const [special, setSpecial] = useState(false);
  const [police, setPolice] = useState(false);
  const [purposes, setPurposes] = useState<string[]>(['triage', 'rto']);
  const [release, setRelease] = useState('none');
  const [basis, setBasis] = useState<BasisState>(emptyBasis);
  const [category, setCategory] = useState('');
  const table = useLoad(() => get<CaseTable>(`/api/cases/${caseId}/table`), [caseId]);
  const dir = useDirectory();
  // Only an organisation under the Wpg (the police) provides police data (P9); others are not offered the box.
  const myRegimes = dir.data?.partners.find((p) => p.id === dir.data?.me.partnerId)?.legalRegimes;
  const mayMarkPolice = underWpg(myRegimes);
  const alwaysPolice = onlyUnderWpg(myRegimes);
  const labels: Record<string, string> = { category: t.tables.category, content: t.contribute.content, purposes: t.contribute.purposes, releasedForRto: t.contribute.release };
  return (
    <CaseSubScreen caseId={caseId} title={t.contribute.title} intro={t.contribute.intro}>
      {() => (
        <form
          className="utrecht-form ct-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void s.send('POST', `/api/cases/${caseId}/contributions`, { content, ...(category === '' ? {} : { category }), special, police: mayMarkPolice && police, purposes, releasedForRto: release, basis: basisBody(basis) }, () => t.contribute.saved);
          }}
        >
          <FormResult submission={s} labelOf={(f) => (f.startsWith('basis') ? t.register.basis : (labels[f] ?? f))} />
          <TextArea field="content" label={t.contribute.content} value={content} onChange={setContent} error={s.fields.content} required />
          <CategoryField categories={tableCategories(table.data)} value={category} onChange={setCategory} error={s.fields.category} />
          <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--distanced">
            <legend className="utrecht-form-fieldset__legend">{t.register.flags}</legend>
            <Checkbox field="special" label={t.register.special} checked={special} onChange={setSpecial} />
            {mayMarkPolice ? <Checkbox field="police" label={t.register.police} description={alwaysPolice ? t.register.policeAlways : undefined} checked={alwaysPolice || police} disabled={alwaysPolice} onChange={setPolice} /> : null}
          </fieldset>
          <CheckboxGroup field="purposes" legend={t.contribute.purposes} options={PURPOSES.map((p) => ({ value: p, label: label(t.purposes, p) }))} selected={purposes} onChange={setPurposes} error={s.fields.purposes} />
          <RadioGroup field="releasedForRto" legend={t.contribute.release} value={release} onChange={setRelease} options={[{ value: 'none', label: t.contribute.releaseNone }, { value: 'all', label: t.contribute.releaseAll }]} />
          <BasisFields prefix="basis" value={basis} onChange={setBasis} fields={s.fields} />
          <Button type="submit" busy={s.busy} disabled={s.busy}>
            {t.contribute.submit}
          </Button>
        </form>
      )}
    </CaseSubScreen>
  );
}
