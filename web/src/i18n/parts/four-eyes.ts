/** Texts of four eyes on privileged roles (ADR 0031): the admin's pending requests and the manager's approval screen. Dutch (default) and English, same keys. */
export const nl = {
  nav: 'Rolverzoeken',
  kinds: { create: 'nieuw account', role: 'rolwijziging' } as Record<string, string>,
  pending: {
    title: 'Wacht op goedkeuring',
    intro: 'Een bevoorrechte rol (functionaris gegevensbescherming, procesregisseur, manager, functioneel beheerder) gaat pas in als een manager het verzoek goedkeurt. Tot dan houdt een bestaand account zijn rol en blijft een nieuw account uit.',
    none: 'Er wachten geen rolverzoeken op goedkeuring.',
    caption: 'Rolverzoeken die wachten op een manager',
    badge: (role: string) => `wacht op goedkeuring: ${role}`,
  },
  columns: { account: 'Account', role: 'Gevraagde rol', kind: 'Soort', requestedBy: 'Gevraagd door', requestedAt: 'Gevraagd op', decision: 'Besluit', outcome: 'Uitkomst', decidedAt: 'Besloten op' },
  requestSaved: (role: string) => `Het verzoek is vastgelegd. De rol ${role} gaat in zodra een manager het goedkeurt.`,
  manager: {
    title: 'Rolverzoeken goedkeuren',
    intro: 'Vier ogen: een functioneel beheerder vraagt een bevoorrechte rol aan, een manager beslist. U kunt geen verzoek goedkeuren dat u zelf deed of dat over uw eigen account gaat.',
    open: 'Open verzoeken',
    approve: 'Goedkeuren',
    reject: 'Afwijzen',
    approveLabel: (name: string, role: string) => `Rol ${role} voor ${name} goedkeuren`,
    rejectLabel: (name: string, role: string) => `Rol ${role} voor ${name} afwijzen`,
    approved: (name: string, role: string) => `Goedgekeurd: ${name} heeft nu de rol ${role}.`,
    rejected: (name: string, role: string) => `Afgewezen: ${name} krijgt de rol ${role} niet.`,
    decided: 'Recent besloten',
    outcomes: { approved: 'goedgekeurd', rejected: 'afgewezen' } as Record<string, string>,
  },
};

export const en: typeof nl = {
  nav: 'Role requests',
  kinds: { create: 'new account', role: 'role change' },
  pending: {
    title: 'Awaiting approval',
    intro: 'A privileged role (data protection officer, process director, manager, functional administrator) takes effect only after a manager approves the request. Until then an existing account keeps its role and a new account stays off.',
    none: 'No role requests are awaiting approval.',
    caption: 'Role requests awaiting a manager',
    badge: (role) => `awaiting approval: ${role}`,
  },
  columns: { account: 'Account', role: 'Requested role', kind: 'Kind', requestedBy: 'Requested by', requestedAt: 'Requested on', decision: 'Decision', outcome: 'Outcome', decidedAt: 'Decided on' },
  requestSaved: (role) => `The request has been recorded. The role ${role} takes effect once a manager approves it.`,
  manager: {
    title: 'Approve role requests',
    intro: 'Four eyes: a functional administrator asks for a privileged role, a manager decides. You cannot approve a request you made yourself or one about your own account.',
    open: 'Open requests',
    approve: 'Approve',
    reject: 'Reject',
    approveLabel: (name, role) => `Approve role ${role} for ${name}`,
    rejectLabel: (name, role) => `Reject role ${role} for ${name}`,
    approved: (name, role) => `Approved: ${name} now has the role ${role}.`,
    rejected: (name, role) => `Rejected: ${name} does not get the role ${role}.`,
    decided: 'Recently decided',
    outcomes: { approved: 'approved', rejected: 'rejected' },
  },
};
