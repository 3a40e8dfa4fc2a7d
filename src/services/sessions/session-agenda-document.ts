/**
 * The agenda of a session as PDF (issue 18): built from `viewSession`, so the document shows
 * exactly what the screen shows the reader — its own items in full, the others as "niet voor u".
 */
import { renderPdf } from '../../documents/render.js';
import { sessionAgenda } from '../../documents/templates/session-agenda.js';
import { withActor } from '../access-gate.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { documentContext } from '../documents/document-context.js';
import type { RenderedDocument } from '../documents/document-context.js';
import { viewSession } from './view-session.js';

const REASON_NL: Readonly<Record<string, string>> = { new: 'Nieuwe casus', update: 'Update lopende casus', evaluation: 'Maandelijkse evaluatie', follow_up: 'Opvolging van acties', added: 'Geagendeerd', routing: 'Alleen routering' };

export async function sessionAgendaDocument(deps: ServiceDeps, actor: SessionActor, sessionId: string): Promise<RenderedDocument> {
  const view = await viewSession(deps, actor, sessionId);
  const ctx = await withActor(deps, actor, (trx) => documentContext(deps, trx, actor.collaborationId));
  const pdf = await renderPdf(
    sessionAgenda({
      collaborationName: ctx.collaborationName,
      theme: ctx.theme,
      generatedAt: deps.now(),
      bodyName: view.bodyName,
      scheduledAt: new Date(view.scheduledAt),
      place: view.place ?? view.link ?? '—',
      chair: view.chair?.name ?? view.chairRole ?? '—',
      items: [
        ...view.items.map((i) =>
          i.visible
            ? { position: i.position, caseNumber: i.caseNumber, open: { title: i.title ?? i.caseNumber, reason: REASON_NL[i.reason] ?? i.reason, goal: i.goal }, line: '' }
            : { position: i.position, caseNumber: i.caseNumber, open: null, line: i.line },
        ),
        // Groups and themes follow the cases, numbered on: the same need-to-know as the screen.
        ...view.topics.map((t) => {
          const position = view.items.length + t.position;
          const kind = t.kind === 'group' ? 'Groep' : 'Thema';
          return t.visible ? { position, caseNumber: kind, open: { title: t.title, reason: kind, goal: t.description }, line: '' } : { position, caseNumber: kind, open: null, line: t.line };
        }),
      ],
    }),
  );
  return { fileName: `agenda-${view.scheduledAt.slice(0, 10)}.pdf`, pdf };
}
