/** Screens beyond the core ones, by path pattern. */
import type { ReactNode } from 'react';
import { AdminScreen } from './admin';
import { AdminAbsencesScreen } from './admin-absences';
import { PartnerScreen, PartnersScreen } from './admin-partners';
import { TableEditScreen, TablesScreen } from './admin-tables';
import { UserScreen } from './admin-user';
import { AuditScreen } from './audit';
import { RoleGrantsScreen } from './role-grants';
import { ConsentsScreen } from './consents';
import { ContributeScreen } from './contribute';
import { ContributionControlScreen } from './contribution-control';
import { FiguresScreen } from './figures';
import { AmendmentsScreen } from './amendments';
import { DisputesScreen } from './disputes';
import { MembershipDecisionsScreen } from './membership-decisions';
import { OwnDelegatesScreen } from './partner-delegates';
import { InformingScreen } from './informing';
import { DossierClearingScreen } from './dossier-clearing';
import { SubjectDetailsScreen } from './subject-details';
import { PresenceScreen } from './presence';
import { ProcessStepsScreen } from './process-steps';
import { ScreeningScreen } from './screening';
import { ThirdPartiesScreen } from './third-parties';
import { AdminSetScreen, RetentionScreen } from './retention';
import { WeighingScreen } from './weighing';
import { WorkQueueScreen } from './work-queue';
import { AbsenceScreen } from './absence';
import { SupportStaffScreen } from './support-staff';
import { AnswerTriageScreen, AskTriageScreen } from './triage';
import { PRIVACY_ROUTES } from './privacy/routes';
import { AgendaScreen } from './sessions/agenda-screen';
import { SessionScreen } from './sessions/session-screen';
import { ActionListScreen, AttendanceScreen, FollowUpScreen, MeetingScreen, PrepareMeetingScreen } from './rto';

export interface ExtraRoute {
  readonly pattern: string;
  readonly render: (params: Record<string, string>) => ReactNode;
}

const id = (p: Record<string, string>): string => p.caseId ?? '';

export const EXTRA_ROUTES: readonly ExtraRoute[] = [
  { pattern: '/admin', render: () => <AdminScreen /> },
  { pattern: '/admin/tables', render: () => <TablesScreen /> },
  { pattern: '/admin/tables/:tableId', render: (p) => <TableEditScreen tableId={p.tableId ?? ''} key={p.tableId} /> },
  { pattern: '/admin/partners', render: () => <PartnersScreen /> },
  { pattern: '/admin/absences', render: () => <AdminAbsencesScreen /> },
  { pattern: '/admin/partners/:partnerId', render: (p) => <PartnerScreen partnerId={p.partnerId ?? ''} key={p.partnerId} /> },
  { pattern: '/admin/users/:userId', render: (p) => <UserScreen userId={p.userId ?? ''} key={p.userId} /> },
  { pattern: '/role-grants', render: () => <RoleGrantsScreen /> },
  { pattern: '/audit', render: () => <AuditScreen /> },
  { pattern: '/team', render: () => <WorkQueueScreen /> },
  { pattern: '/absence', render: () => <AbsenceScreen /> },
  { pattern: '/cases/:caseId/support', render: (p) => <SupportStaffScreen caseId={id(p)} /> },
  { pattern: '/sessions', render: () => <AgendaScreen /> },
  { pattern: '/sessions/:sessionId', render: (p) => <SessionScreen sessionId={p.sessionId ?? ''} key={p.sessionId} /> },
  { pattern: '/figures', render: () => <FiguresScreen /> },
  { pattern: '/amendments', render: () => <AmendmentsScreen /> },
  { pattern: '/membership', render: () => <MembershipDecisionsScreen /> },
  { pattern: '/disputes', render: () => <DisputesScreen /> },
  { pattern: '/delegates', render: () => <OwnDelegatesScreen /> },
  { pattern: '/cases/:caseId/steps', render: (p) => <ProcessStepsScreen caseId={id(p)} /> },
  { pattern: '/cases/:caseId/screening', render: (p) => <ScreeningScreen caseId={id(p)} /> },
  { pattern: '/cases/:caseId/informing', render: (p) => <InformingScreen caseId={id(p)} /> },
  { pattern: '/cases/:caseId/presence', render: (p) => <PresenceScreen caseId={id(p)} /> },
  { pattern: '/cases/:caseId/contribute', render: (p) => <ContributeScreen caseId={id(p)} /> },
  { pattern: '/cases/:caseId/contributions/:contributionId', render: (p) => <ContributionControlScreen caseId={id(p)} contributionId={p.contributionId ?? ''} key={p.contributionId} /> },
  { pattern: '/cases/:caseId/weighing', render: (p) => <WeighingScreen caseId={id(p)} /> },
  { pattern: '/cases/:caseId/consents', render: (p) => <ConsentsScreen caseId={id(p)} /> },
  { pattern: '/cases/:caseId/third-parties', render: (p) => <ThirdPartiesScreen caseId={id(p)} /> },
  { pattern: '/cases/:caseId/triage', render: (p) => <AskTriageScreen caseId={id(p)} /> },
  { pattern: '/cases/:caseId/triage/:questionId', render: (p) => <AnswerTriageScreen caseId={id(p)} questionId={p.questionId ?? ''} /> },
  { pattern: '/cases/:caseId/meeting', render: (p) => <PrepareMeetingScreen caseId={id(p)} /> },
  { pattern: '/cases/:caseId/meetings/:meetingId', render: (p) => <MeetingScreen caseId={id(p)} meetingId={p.meetingId ?? ''} key={p.meetingId} /> },
  { pattern: '/cases/:caseId/meetings/:meetingId/actions', render: (p) => <ActionListScreen caseId={id(p)} meetingId={p.meetingId ?? ''} /> },
  { pattern: '/cases/:caseId/meetings/:meetingId/attendance', render: (p) => <AttendanceScreen caseId={id(p)} meetingId={p.meetingId ?? ''} key={p.meetingId} /> },
  { pattern: '/cases/:caseId/follow-up', render: (p) => <FollowUpScreen caseId={id(p)} /> },
  { pattern: '/cases/:caseId/retention', render: (p) => <RetentionScreen caseId={id(p)} /> },
  { pattern: '/cases/:caseId/subject-details', render: (p) => <SubjectDetailsScreen caseId={id(p)} /> },
  { pattern: '/cases/:caseId/clearing', render: (p) => <DossierClearingScreen caseId={id(p)} /> },
  { pattern: '/cases/:caseId/admin-set', render: (p) => <AdminSetScreen caseId={id(p)} /> },
  ...PRIVACY_ROUTES,
];
