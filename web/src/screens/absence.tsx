/**
 * Absence and substitution (ADR 0116; seed 002 art. 6.3, seed 003 §3, seed 004 §4): the signed-in
 * user records who substitutes for them from one day to another, sees whom they substitute for,
 * and cancels an absence. The API checks the colleague, the period and overlaps and reports every
 * problem at once; the form keeps what was typed.
 */
import { get } from '../api/client';
import { ErrorNotice } from '../components/errors';
import { Heading, Paragraph, Section, Table } from '../components/ui';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../session';
import { useLoad } from '../use-load';
import { AbsenceForm, type AbsenceOverview, AbsenceTable, period } from './absence-parts';

export function AbsenceScreen() {
  const { t } = useI18n();
  const a = t.substitutes;
  const { me } = useSession();
  const userId = me?.userId ?? '';
  const loaded = useLoad(() => (userId === '' ? Promise.resolve(null) : get<AbsenceOverview>(`/api/users/${userId}/absences`)), [userId]);
  const data = loaded.data ?? null;
  const substituting = data?.substituting ?? [];
  return (
    <>
      <Heading level={1} focusOnMount>
        {a.title}
      </Heading>
      <Paragraph lead>{a.intro}</Paragraph>
      {loaded.error === null ? null : <ErrorNotice error={loaded.error} />}
      {data === null ? null : (
        <>
          <Section labelledBy="absence-mine">
            <Heading level={2} id="absence-mine">
              {a.mineTitle}
            </Heading>
            {data.absences.length === 0 ? (
              <Paragraph>{a.noneMine}</Paragraph>
            ) : (
              <AbsenceTable userId={userId} rows={data.absences} caption={a.caption(data.absences.length)} cancelled={a.cancelled} onChanged={loaded.reload} />
            )}
          </Section>
          <Section labelledBy="absence-substituting">
            <Heading level={2} id="absence-substituting">
              {a.substitutingTitle}
            </Heading>
            {substituting.length === 0 ? (
              <Paragraph>{a.noneSubstituting}</Paragraph>
            ) : (
              <Table
                caption={a.caption(substituting.length)}
                head={[a.absent, a.period, a.state]}
                rows={substituting.map((r) => [r.id, [r.userName ?? '', period(r), r.running ? a.running : a.planned]])}
              />
            )}
          </Section>
          <Section labelledBy="absence-form">
            <Heading level={2} id="absence-form">
              {a.formTitle}
            </Heading>
            {data.candidates.length === 0 ? (
              <Paragraph>{a.noColleague}</Paragraph>
            ) : (
              <AbsenceForm userId={userId} candidates={data.candidates} substituteHint={a.substituteHint} done={a.done} onRecorded={loaded.reload} />
            )}
          </Section>
        </>
      )}
    </>
  );
}
