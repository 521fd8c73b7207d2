import type { StoredEvent } from '@civic/event-store';
import type { Decision, IdeaEvent, IdeaRoutedData } from '@civic/ideas';
import { type CitizenMailKind } from '@civic/casework';

/** What one event gives a citizen mail, before it is put in the citizen's language. */
export interface CitizenMailContent {
  readonly department: string | null;
  /** ISO instant: the local midnight ending the last day. */
  readonly respondBy: string | null;
  readonly question: string | null;
  readonly publicAnswer: string | null;
  readonly decision: Decision | null;
  readonly note: string | null;
  readonly percentComplete: number | null;
}

const NOTHING: CitizenMailContent = {
  department: null,
  respondBy: null,
  question: null,
  publicAnswer: null,
  decision: null,
  note: null,
  percentComplete: null,
};

const EVENT_OF: Readonly<Record<CitizenMailKind, IdeaEvent['type']>> = {
  receipt: 'IdeaSubmitted',
  routed: 'IdeaRouted',
  question: 'CitizenInformationRequested',
  answered: 'IdeaAnswered',
  'implementation-progress': 'IdeaImplementationProgressed',
  implemented: 'IdeaImplemented',
};

/**
 * The content of a `kind` mail from the event at `revision`. `events` is the
 * whole stream, for the receipt: a rule's routing in the submission's own
 * append (revision 1) gets no mail of its own, so the receipt tells its date.
 */
export function citizenMailContent(kind: CitizenMailKind, event: IdeaEvent, events: readonly StoredEvent[], revision: number): CitizenMailContent {
  if (event.type !== EVENT_OF[kind])
    throw new Error(`A "${kind}" mail is about an ${EVENT_OF[kind]}, but the event at revision ${revision} is an ${event.type}`);
  switch (event.type) {
    case 'IdeaSubmitted': {
      const routing = revision === 0 ? routingAtSubmission(events[1]) : null;
      return { ...NOTHING, department: routing?.department ?? null, respondBy: routing?.respondBy ?? null };
    }
    case 'IdeaRouted':
      return { ...NOTHING, department: event.data.department, respondBy: event.data.respondBy ?? null };
    case 'CitizenInformationRequested':
      return { ...NOTHING, question: event.data.question };
    case 'IdeaAnswered':
      return { ...NOTHING, publicAnswer: event.data.publicAnswer, decision: event.data.decision };
    case 'IdeaImplementationProgressed':
      return { ...NOTHING, note: event.data.note, percentComplete: event.data.percentComplete };
    case 'IdeaImplemented':
      return { ...NOTHING, note: event.data.note };
    default:
      return NOTHING;
  }
}

/** The same test as the reactor's: routed by rule, first routing, at revision 1. */
function routingAtSubmission(stored: StoredEvent | undefined): IdeaRoutedData | null {
  if (!stored || stored.streamRevision !== 1 || stored.type !== 'IdeaRouted') return null;
  const data = stored.data as IdeaRoutedData;
  return data.routedBy === 'rule' && data.previousDepartment === null && data.respondBy ? data : null;
}
