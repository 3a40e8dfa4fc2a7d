/**
 * A table's rules as the covenant states them (seed 000 Bijlage 2): purpose, criteria, follow-up
 * questions, preconditions, chair and responsible officer, age range, data set and partners. Shown
 * on the registration form for the chosen table and on the case page for the case's table.
 */
import type { ReactNode } from 'react';
import { DataList, Heading, ListItem, Paragraph, Section, UnorderedList } from '../components/ui';
import { useI18n } from '../i18n/i18n';

/** The protocol fields both the configuration (registration) and GET /api/cases/:id/table (case page) give. */
export interface TableRules {
  readonly id: string;
  readonly name: string;
  readonly purpose?: string | undefined;
  readonly purposeBinding?: string | null | undefined;
  readonly criteria?: readonly string[] | undefined;
  readonly followUpQuestions?: readonly string[] | undefined;
  readonly preconditions?: readonly { readonly text: string }[] | undefined;
  readonly chair?: string | null | undefined;
  readonly responsibleOfficer?: { readonly title: string; readonly partnerName?: string } | null | undefined;
  readonly ageRange?: { readonly minMonths: number; readonly maxYears?: number | undefined } | null | undefined;
  readonly dataSet?: readonly { readonly label: string; readonly special: boolean }[] | undefined;
  readonly individualsDiscussed?: 'full' | 'routing_only' | undefined;
  readonly separateCovenant?: string | null | undefined;
  readonly partners?: readonly { readonly name: string; readonly participation: 'structural' | 'incidental' }[] | undefined;
  readonly anyMemberMayJoin?: boolean | undefined;
}

function List({ items }: { items: readonly string[] }) {
  return (
    <UnorderedList>
      {items.map((item, i) => (
        <ListItem key={i}>{item}</ListItem>
      ))}
    </UnorderedList>
  );
}

export function useAgeText(): (range: TableRules['ageRange']) => string | null {
  const { t } = useI18n();
  return (range) => (range === null || range === undefined ? null : t.tables.age(range.minMonths, range.maxYears));
}

/**
 * The table's rules. `criteria: false` leaves the criteria out (the registration form asks them as
 * checkboxes instead); `partners: false` leaves the partners out.
 */
export function TableProtocol({ table, show = {} }: { table: TableRules; show?: { criteria?: boolean; partners?: boolean } }) {
  const { t } = useI18n();
  const ageText = useAgeText();
  const age = ageText(table.ageRange);
  const items: [string, ReactNode][] = [];
  if (table.purpose !== undefined) items.push([t.tables.purpose, table.purpose]);
  if (table.purposeBinding !== undefined && table.purposeBinding !== null) items.push([t.tables.purposeBinding, table.purposeBinding]);
  if (show.criteria !== false && table.criteria !== undefined && table.criteria.length > 0) items.push([t.tables.criteria, <List key="c" items={table.criteria} />]);
  if (table.followUpQuestions !== undefined && table.followUpQuestions.length > 0) items.push([t.tables.followUp, <List key="f" items={table.followUpQuestions} />]);
  if (table.preconditions !== undefined && table.preconditions.length > 0) items.push([t.tables.preconditions, <List key="p" items={table.preconditions.map((p) => p.text)} />]);
  if (age !== null) items.push([t.tables.ageRange, age]);
  if (table.chair !== undefined && table.chair !== null) items.push([t.tables.chair, table.chair]);
  if (table.responsibleOfficer !== undefined && table.responsibleOfficer !== null) {
    const o = table.responsibleOfficer;
    items.push([t.tables.officer, o.partnerName === undefined ? o.title : t.tables.officerAt(o.title, o.partnerName)]);
  }
  if (table.dataSet !== undefined && table.dataSet.length > 0) items.push([t.tables.dataSet, <List key="d" items={table.dataSet.map((d) => (d.special ? `${d.label} ${t.tables.special}` : d.label))} />]);
  if (show.partners !== false && table.partners !== undefined && table.partners.length > 0) {
    items.push([
      t.tables.partners,
      <div key="pa">
        <List items={table.partners.map((p) => `${p.name} (${p.participation === 'structural' ? t.tables.structural : t.tables.incidental})`)} />
        {table.anyMemberMayJoin === true ? <Paragraph>{t.tables.anyMember}</Paragraph> : null}
      </div>,
    ]);
  }
  if (table.separateCovenant !== undefined && table.separateCovenant !== null) items.push([t.tables.separateCovenant, table.separateCovenant]);
  const headingId = `table-protocol-${table.id}`;
  return (
    <Section labelledBy={headingId}>
      <div data-testid="table-protocol" data-table={table.id}>
        <Heading level={2} id={headingId}>
          {t.tables.protocolTitle(table.name)}
        </Heading>
        <Paragraph>{t.tables.protocolIntro}</Paragraph>
        {table.individualsDiscussed === 'routing_only' ? <Paragraph>{t.tables.routingOnly}</Paragraph> : null}
        <DataList items={items} />
      </div>
    </Section>
  );
}
