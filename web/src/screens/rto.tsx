/**
 * The Ronde Tafel Overleg screens (§3.2–§3.4), one concept per file in `meetings/`: preparing a
 * meeting, the meeting with its participants, attendance, the record with the plan of approach,
 * the case director, the action list, follow-up RTOs in monitoring and the case page's meetings.
 */
export { ActionListScreen } from './meetings/action-list';
export { AttendanceScreen } from './meetings/attendance';
export { CaseMeetings } from './meetings/case-meetings';
export { FollowUpScreen } from './meetings/follow-up';
export { MeetingScreen } from './meetings/meeting-screen';
export { PrepareMeetingScreen } from './meetings/prepare-meeting';
