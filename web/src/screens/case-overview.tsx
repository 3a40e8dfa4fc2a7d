/**
 * The overview on the case page (issue 15 item 4): who directs the case, the plan of approach
 * with every action (owner, due date, status) across the meetings, the deadlines that are open
 * and a timeline of what happened. Everything comes from what the API already lets this reader
 * see (the case, its meetings and their action lists); a list the reader may not see is left out.
 */
import { get } from '../api/client';
import { useDirectory } from '../api/directory';
import type { CaseView } from '../api/types';
import { DataList, Heading, ListItem, Paragraph, Section, StatusBadge, Table } from '../components/ui';
import { label, useI18n } from '../i18n/i18n';
import { useSession } from '../session';
import { useLoad } from '../use-load';
import type { ActionList, CaseMeetingItem } from './meetings/meeting-data';
import { formatDate } from './meetings/meeting-data';
import { HandoverForm } from './handover';
import { useMarkDone } from './meetings/action-list';
import { Link } from '../router';
import { usePartnerName } from './names';

interface MeetingWithActions {
  readonly meeting: CaseMeetingItem;
  readonly list: ActionList | null;
}

/** The meetings of the case with their action lists (each list that this reader may see). */
export function useCasePlan(caseId: string, enabled: boolean) {
  return useLoad(async (): Promise<MeetingWithActions[]> => {
    if (!enabled) return [];
    const meetings = await get<CaseMeetingItem[]>(`/api/cases/${caseId}/meetings`).catch(() => [] as CaseMeetingItem[]);
    return Promise.all(
      meetings.map(async (meeting) => ({ meeting, list: await get<ActionList>(`/api/cases/${caseId}/meetings/${meeting.id}/action-list`).catch(() => null) })),
    );
  }, [caseId, enabled]);
}

const day = (iso: string): string => iso.slice(0, 10);

export function CaseOverview({ c, onChange }: { c: CaseView; onChange?: (message: string) => void }) {
  const { t, lang } = useI18n();
  const { me } = useSession();
  const dir = useDirectory();
  const partnerName = usePartnerName();
  const plan = useCasePlan(c.id, c.abilities.viewCase);
  const done = useMarkDone(c.id, plan.reload);
  const o = t.surface.overview;
  const person = (id: string): string => dir.data?.people.find((p) => p.id === id)?.displayName ?? o.unknownPerson;
  const date = (iso: string | null): string => formatDate(iso, lang);
  const today = new Date().toISOString().slice(0, 10);
  const direction = c.direction;
  const meetings = plan.data ?? [];
  const actions = meetings.flatMap((m) => (m.list?.actions ?? []).map((a) => ({ ...a, meetingId: m.meeting.id })));
  const open = actions.filter((a) => a.status === 'open');
  // The latest meeting that said what the monitoring is for or what stays available for it (003-92).
  const monitoring = [...meetings]
    .reverse()
    .map((m) => m.list)
    .find((l): l is ActionList => l !== null && ((l.monitoringPurpose ?? null) !== null || (l.monitoringKept ?? null) !== null));
  const deadlines = [
    ...open.filter((a) => a.dueAt !== null).map((a) => ({ key: a.id, due: a.dueAt ?? '', text: o.actionDue(a.description, a.ownerPartnerName ?? partnerName(a.ownerPartnerId)) })),
    ...meetings
      .filter((m) => m.list !== null && m.list.sentAt === null && m.list.sendBy !== null)
      .map((m) => ({ key: `send-${m.meeting.id}`, due: m.list?.sendBy ?? '', text: o.sendActionList(date(m.meeting.scheduledAt)) })),
  ].sort((a, b) => a.due.localeCompare(b.due));
  const timeline = [
    { key: 'registered', at: c.createdAt, text: o.registered(partnerName(c.registrantPartnerId)) },
    ...c.contributions.map((k) => ({ key: k.id, at: k.createdAt, text: o.contributed(partnerName(k.byPartnerId), label(t.phases, k.givenIn)) })),
    ...meetings.map((m) => ({ key: m.meeting.id, at: m.meeting.heldAt ?? m.meeting.scheduledAt, text: (m.meeting.followUp ? o.followUp : o.meeting)(label(t.rto.statuses, m.meeting.status)) })),
    ...meetings.flatMap((m) => (m.list === null || m.list.sentAt === null ? [] : [{ key: `sent-${m.meeting.id}`, at: m.list.sentAt, text: o.actionListSent }])),
  ].sort((a, b) => b.at.localeCompare(a.at));

  return (
    <>
      {direction === undefined ? null : (
        <Section labelledBy="direction-title">
          <Heading level={2} id="direction-title">
            {o.directionTitle}
          </Heading>
          {me?.userId !== undefined && direction.caseDirectorId === me.userId ? <Paragraph><StatusBadge status="active">{o.youAreCaseDirector}</StatusBadge></Paragraph> : null}
          {me?.userId !== undefined && direction.processDirectorIds.includes(me.userId) ? <Paragraph><StatusBadge status="active">{o.youAreProcessDirector}</StatusBadge></Paragraph> : null}
          <DataList
            items={[
              [o.processDirectors, direction.processDirectorIds.length === 0 ? o.none : direction.processDirectorIds.map(person).join(', ')],
              [o.caseDirector, direction.caseDirectorId === null ? o.notAppointed : person(direction.caseDirectorId)],
              [o.lead, partnerName(c.leadPartnerId)],
            ]}
          />
          {me?.role === 'process_director' || me?.role === 'support' ? (
            <Paragraph>
              <Link to={`/cases/${c.id}/support`}>{t.substitutes.support.link}</Link>
            </Paragraph>
          ) : null}
          {me?.userId !== undefined && direction.caseDirectorId === me.userId ? <HandoverForm caseId={c.id} version={c.version} onDone={(message) => onChange?.(message)} /> : null}
        </Section>
      )}
      {actions.length === 0 ? null : (
        <Section labelledBy="plan-title">
          <Heading level={2} id="plan-title">
            {o.planTitle}
          </Heading>
          {/* The case director marks actions done here, where the plan is shown (no detour via the action list). */}
          {c.abilities.updatePlan ? done.result : null}
          <Table
            caption={o.planCaption(open.length, actions.length)}
            head={[t.rto.description, t.rto.owner, t.rto.domain, t.rto.dueAt, t.rto.status, ...(c.abilities.updatePlan ? [t.rto.action] : [])]}
            rows={actions.map((a) => [
              a.id,
              [
                a.description,
                a.ownerPartnerName ?? partnerName(a.ownerPartnerId),
                a.lifeDomain === null ? '—' : label(t.lifeDomains, a.lifeDomain),
                <span key="due">
                  {date(a.dueAt)} {a.status === 'open' && a.dueAt !== null && day(a.dueAt) < today ? <StatusBadge status="danger">{t.surface.overdue}</StatusBadge> : null}
                </span>,
                label(t.rto.actionStatuses, a.status),
                ...(c.abilities.updatePlan ? [a.status === 'open' ? done.button(a) : '—'] : []),
              ],
            ])}
          />
        </Section>
      )}
      {monitoring === undefined ? null : (
        <Section labelledBy="monitoring-title">
          <Heading level={2} id="monitoring-title">
            {o.monitoringTitle}
          </Heading>
          <DataList
            items={[
              [o.monitoringPurpose, monitoring.monitoringPurpose ?? o.monitoringNoPurpose],
              [o.monitoringKept, monitoring.monitoringKept === null || monitoring.monitoringKept === undefined ? o.monitoringKeptAll : o.monitoringKeptCount(monitoring.monitoringKept)],
            ]}
          />
        </Section>
      )}
      {deadlines.length === 0 ? null : (
        <Section labelledBy="deadlines-title">
          <Heading level={2} id="deadlines-title">
            {o.deadlinesTitle}
          </Heading>
          <ul className="utrecht-unordered-list ct-plain-list">
            {deadlines.map((d) => (
              <ListItem key={d.key}>
                <strong>{date(d.due)}</strong>: {d.text} {day(d.due) < today ? <StatusBadge status="danger">{t.surface.overdue}</StatusBadge> : null}
              </ListItem>
            ))}
          </ul>
        </Section>
      )}
      {c.abilities.viewCase ? (
        <Section labelledBy="timeline-title">
          <Heading level={2} id="timeline-title">
            {o.timelineTitle}
          </Heading>
          <Paragraph>{o.timelineIntro}</Paragraph>
          <ol className="utrecht-ordered-list ct-timeline">
            {timeline.map((e) => (
              <li className="utrecht-ordered-list__item" key={e.key}>
                <time dateTime={e.at}>{date(e.at)}</time>: {e.text}
              </li>
            ))}
          </ol>
        </Section>
      ) : null}
    </>
  );
}
