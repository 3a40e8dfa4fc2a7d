/** Management figures without personal data (P19), with a bar chart; small counts are suppressed. */
import { get } from '../api/client';
import { ErrorNotice } from '../components/errors';
import { Heading, Paragraph, Section, Table } from '../components/ui';
import { label, useI18n } from '../i18n/i18n';
import { useLoad } from '../use-load';
import { useTableName } from './names';
import { useSession } from '../session';
import { DeclarationRegisterSection } from './declarations';
import { useState } from 'react';
import { WorkAreaChoice, workAreaQuery } from './work-area-choice';
import type { WorkAreaAnswer } from './work-area-choice';

interface Count {
  readonly key: string;
  readonly count: number | null;
  readonly suppressed: boolean;
}

interface Figures extends WorkAreaAnswer {
  readonly total: Count;
  readonly byPhase: readonly Count[];
  readonly byTable: readonly Count[];
  readonly suppression?: { readonly note?: { readonly nl: string; readonly en: string } };
}

/** Horizontal bars drawn in SVG: sizes are attributes, so the strict CSP (no inline styles) holds. */
export function BarChart({ title, rows }: { title: string; rows: readonly { key: string; name: string; value: number | null }[] }) {
  const { t } = useI18n();
  const max = Math.max(1, ...rows.map((r) => r.value ?? 0));
  const rowHeight = 28;
  const labelWidth = 260;
  const barWidth = 420;
  return (
    <figure className="ct-chart">
      <svg role="img" aria-labelledby={`chart-${title}`} width={labelWidth + barWidth + 80} height={rows.length * rowHeight + 8} viewBox={`0 0 ${labelWidth + barWidth + 80} ${rows.length * rowHeight + 8}`}>
        <title id={`chart-${title}`}>{title}</title>
        {rows.map((r, i) => (
          <g key={r.key} transform={`translate(0, ${i * rowHeight + 4})`}>
            <text x={0} y={18} fontSize={14} fill="#1a1a1a">
              {r.name}
            </text>
            <rect x={labelWidth} y={4} height={18} width={r.value === null ? 0 : Math.max(2, (r.value / max) * barWidth)} fill="#1d4672" />
            <text x={labelWidth + (r.value === null ? 0 : (r.value / max) * barWidth) + 8} y={18} fontSize={14} fill="#1a1a1a">
              {r.value === null ? t.figures.suppressed : String(r.value)}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}

export function FiguresScreen() {
  const { t, lang } = useI18n();
  const { me } = useSession();
  const tableName = useTableName();
  const [workArea, setWorkArea] = useState('');
  const [areas, setAreas] = useState<WorkAreaAnswer | undefined>(undefined);
  const figures = useLoad(async () => {
    const answer = await get<Figures>(`/api/reports/figures${workAreaQuery(workArea)}`);
    setAreas(answer);
    return answer;
  }, [workArea]);
  const f = figures.data;
  const value = (c: Count): number | null => (c.suppressed ? null : c.count);
  const shown = (c: Count): string => (c.suppressed ? t.figures.suppressed : String(c.count ?? 0));
  return (
    <>
      <Heading level={1} focusOnMount>
        {t.figures.title}
      </Heading>
      <Paragraph lead>{t.figures.intro}</Paragraph>
      <WorkAreaChoice answer={areas} value={workArea} onChange={setWorkArea} />
      {figures.error === null ? null : <ErrorNotice error={figures.error} />}
      {f === undefined ? null : (
        <>
          {f.suppression?.note === undefined ? null : <Paragraph>{f.suppression.note[lang]}</Paragraph>}
          <Paragraph>
            {t.figures.total}: <strong data-testid="figures-total">{shown(f.total)}</strong>
          </Paragraph>
          <Section labelledBy="by-phase">
            <Heading level={2} id="by-phase">
              {t.figures.byPhase}
            </Heading>
            <BarChart title={t.figures.byPhase} rows={f.byPhase.map((c) => ({ key: c.key, name: label(t.phases, c.key), value: value(c) }))} />
            <Table caption={t.figures.byPhase} head={[t.figures.category, t.figures.count]} rows={f.byPhase.map((c) => [c.key, [label(t.phases, c.key), shown(c)]])} />
          </Section>
          {f.byTable.length === 0 ? null : (
            <Section labelledBy="by-table">
              <Heading level={2} id="by-table">
                {t.figures.byTable}
              </Heading>
              <BarChart title={t.figures.byTable} rows={f.byTable.map((c) => ({ key: c.key, name: tableName(c.key), value: value(c) }))} />
              <Table caption={t.figures.byTable} head={[t.figures.category, t.figures.count]} rows={f.byTable.map((c) => [c.key, [tableName(c.key), shown(c)]])} />
            </Section>
          )}
        </>
      )}
      {me?.role === 'manager' ? <DeclarationRegisterSection /> : null}
    </>
  );
}
