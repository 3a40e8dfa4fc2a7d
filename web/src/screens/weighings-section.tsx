/**
 * The weighings for sharing without consent documented in the dossier (P7, row 000-R23), read
 * back on the case page by whom the domain allows (`readWeighings`: the organisation that weighed,
 * the case's process directors). Loaded only then, so nobody else causes a refused read.
 */
import { get } from '../api/client';
import type { Answer, CaseView } from '../api/types';
import { ErrorNotice } from '../components/errors';
import { DataList, Heading, Paragraph, Section } from '../components/ui';
import { dutchDate } from '../dates';
import { useI18n } from '../i18n/i18n';
import { useLoad } from '../use-load';
import { useConsentExceptions } from './weighing';

type Weighing = Answer<'/api/cases/{caseId}/weighings', 'get'>[number];

export function WeighingsSection({ c }: { c: CaseView }) {
  const { t } = useI18n();
  const b = t.records.weighings;
  const w = t.weighing;
  const exceptions = useConsentExceptions(c.tableId);
  const list = useLoad(() => get<Weighing[]>(`/api/cases/${c.id}/weighings`), [c.id, c.version]);
  const subjectName = (id: string | null): string => (id === null ? b.wholeCase : (c.subjects.find((s) => s.id === id)?.name ?? '—'));
  return (
    <Section labelledBy="weighings-title">
      <Heading level={2} id="weighings-title">
        {b.title}
      </Heading>
      <Paragraph>{b.intro}</Paragraph>
      {list.error === null ? null : <ErrorNotice error={list.error} />}
      {(list.data ?? []).map((k) => (
        <section key={k.id} aria-labelledby={`weighing-${k.id}`}>
          <Heading level={3} id={`weighing-${k.id}`}>
            {b.of(k.partnerName)}
          </Heading>
          <DataList
            items={[
              [b.subject, subjectName(k.subjectId)],
              ...(k.exceptionGround === null ? [] : [[w.exceptionGround, exceptions.find((x) => x.id === k.exceptionGround)?.text ?? k.exceptionGround] as const]),
              [w.proportionality, k.proportionality || '—'],
              [w.subsidiarity, k.subsidiarity || '—'],
              [w.effectiveness, k.effectiveness || '—'],
              [w.setAsideObjections, k.setAsideObjections ? b.yes : b.no],
              ...(k.objectionsMotivation === '' ? [] : [[w.objectionsMotivation, k.objectionsMotivation] as const]),
              [w.informAfterwards, k.informAfterwards ? b.yes : b.no],
              ...(k.informAfterwardsReason === '' ? [] : [[w.informAfterwardsReason, k.informAfterwardsReason] as const]),
              ...(k.conflictOfDuties === '' ? [] : [[b.conflictOfDuties, k.conflictOfDuties] as const]),
              [b.status, k.completedAt === null ? b.draft : b.completed(dutchDate(k.completedAt), k.completedBy ?? '')],
              [b.recordedAt, dutchDate(k.recordedAt)],
            ]}
          />
        </section>
      ))}
    </Section>
  );
}
