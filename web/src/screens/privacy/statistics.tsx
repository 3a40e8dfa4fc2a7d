/**
 * Statistics for research (seed 004 Bijlage 2): the statistician's (and manager's) non-identifying
 * counts with downloads as CSV and XLSX. The API decides what is counted (in Nijmegen only what
 * municipal partners entered) and suppresses small counts; no case number reaches this screen.
 */
import { get } from '../../api/client';
import { ErrorNotice } from '../../components/errors';
import { Heading, Paragraph, Table } from '../../components/ui';
import { label, useI18n } from '../../i18n/i18n';
import { useLoad } from '../../use-load';
import { DocumentLink } from '../document-link';
import { useTableName } from '../names';
import { useState } from 'react';
import { WorkAreaChoice, workAreaQuery } from '../work-area-choice';
import type { WorkAreaAnswer } from '../work-area-choice';

interface Statistics extends WorkAreaAnswer {
  readonly onlyMunicipal: boolean;
  readonly rows: readonly { readonly section: string; readonly key: string; readonly count: number | null }[];
}

export function StatisticsScreen() {
  const { t } = useI18n();
  const b = t.privacy.statisticsScreen;
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
    </>
  );
}
