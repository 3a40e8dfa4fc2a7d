/**
 * Statistics for research (seed 004 Bijlage 2): the statistician's (and manager's) non-identifying
 * counts with downloads as CSV and XLSX. The API decides what is counted (in Nijmegen only what
 * municipal partners entered) and suppresses small counts; no case number reaches this screen.
 */
import { ApiError, get } from '../../api/client';
import type { paths } from '../../api/contract';
import { useSession } from '../../session';
import { useCollaboration } from '../../api/collaboration';
import { ErrorNotice } from '../../components/errors';
import { Heading, Paragraph, Section, Table } from '../../components/ui';
import { label, useI18n } from '../../i18n/i18n';
import { useLoad } from '../../use-load';
import { DocumentLink } from '../document-link';
import { useTableName } from '../names';
import { useState } from 'react';
import { WorkAreaChoice, workAreaQuery } from '../work-area-choice';
import type { WorkAreaAnswer } from '../work-area-choice';

type CaseProcess = paths['/api/reports/case-process']['get']['responses'][200]['content']['application/json'];

interface Statistics extends WorkAreaAnswer {
  readonly onlyMunicipal: boolean;
  readonly rows: readonly { readonly section: string; readonly key: string; readonly count: number | null }[];
}

export function StatisticsScreen() {
  const { t } = useI18n();
  const b = t.privacy.statisticsScreen;
  const { me } = useSession();
  const collaboration = useCollaboration(me?.collaborationId ?? null);
  const hasWorkAreas = (collaboration?.config.workAreas.length ?? 0) > 0;
  const tableName = useTableName();
  const [workArea, setWorkArea] = useState('');
  const [areas, setAreas] = useState<WorkAreaAnswer | undefined>(undefined);
  const stats = useLoad(async () => {
    const answer = await get<Statistics>(`/api/reports/statistics${workAreaQuery(workArea)}`);
    setAreas(answer);
    return answer;
  }, [workArea]);
  const s = stats.data;
  const item = (section: string, key: string): string =>
    section === 'totals' ? label(b.totals, key) : section === 'cases_by_phase' ? label(t.phases, key) : section === 'cases_by_table' ? tableName(key) : label(t.lifeDomains, key);
  return (
    <>
      <Heading level={1} focusOnMount>
        {b.title}
      </Heading>
      <Paragraph lead>{b.intro}</Paragraph>
      <WorkAreaChoice answer={areas} value={workArea} onChange={setWorkArea} />
      {stats.error === null ? null : <ErrorNotice error={stats.error} />}
      {s === undefined ? null : (
        <>
          {s.onlyMunicipal ? <Paragraph>{b.onlyMunicipal}</Paragraph> : null}
          <Paragraph>
            <DocumentLink href={`/api/reports/statistics.csv${workAreaQuery(workArea)}`}>{b.csv}</DocumentLink>
            {' · '}
            <DocumentLink href={`/api/reports/statistics.xlsx${workAreaQuery(workArea)}`}>{b.xlsx}</DocumentLink> {b.downloadHint}
          </Paragraph>
          <Table
            caption={b.caption}
            head={[b.section, b.item, b.count]}
            rows={s.rows.map((r) => [`${r.section}-${r.key}`, [label(b.sections, r.section), item(r.section, r.key), r.count === null ? t.figures.suppressed : String(r.count)]])}
          />
        </>
      )}
      {me?.role !== 'statistician' ? null : me.workAreas.length > 0 ? <CaseProcessSection /> : hasWorkAreas ? <Paragraph>{b.process.noWorkArea}</Paragraph> : null}
    </>
  );
}

/**
 * 004-R09: the statistician's case-level process information of its one assigned wijk, without
 * case number, partner, name or content. Shown only to a statistician with an assigned wijk, so
 * opening the statistics causes no refusal; the API's refusal is shown if the assignment changed.
 */
function CaseProcessSection() {
  const { t, lang } = useI18n();
  const p = t.privacy.statisticsScreen.process;
  const d = t.governance.date;
  const loaded = useLoad(() => get<CaseProcess>('/api/reports/case-process'), []);
  const { data, error } = loaded;
  if (error instanceof ApiError && error.detail.reason === 'no_work_area_assigned') return <Paragraph>{error.detail.messages[lang]}</Paragraph>;
  if (error !== null) return <ErrorNotice error={error} />;
  if (data === undefined) return <Paragraph>{t.app.loading}</Paragraph>;
  return (
    <Section labelledBy="case-process">
      <Heading level={2} id="case-process">
        {p.title(data.workArea.name)}
      </Heading>
      <Paragraph>{p.intro}</Paragraph>
      {data.cases.length === 0 ? (
        <Paragraph>{p.none}</Paragraph>
      ) : (
        <Table
          caption={p.caption(data.workArea.name)}
          head={[p.phase, p.step, p.table, p.registeredOn, p.inPhaseSince, p.closedOn]}
          rows={data.cases.map((c, i) => [String(i), [label(t.phases, c.phase), c.steps.join('; '), c.table, d(c.registeredOn), d(c.inPhaseSince), c.closedOn === null ? '' : d(c.closedOn)]])}
        />
      )}
    </Section>
  );
}
