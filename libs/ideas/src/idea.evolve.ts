import type { IdeaEvent } from './idea.events';
import type { Idea } from './idea.state';
import { initialIdea } from './idea.state';

/** Applies one recorded fact. Never refuses: what is in the store has happened. */
export function evolve(state: Idea, event: IdeaEvent): Idea {
  switch (event.type) {
    case 'IdeaSubmitted': {
      const d = event.data;
      return {
        ...state,
        id: d.ideaId,
        status: 'received',
        publicCode: d.publicCode,
        trackingTokenHash: d.trackingTokenHash,
        title: d.title,
        description: d.description,
        category: d.category,
        district: d.district,
        location: d.location,
        contact: d.contact,
        sealedText: d.sealedText ?? null,
        language: d.language,
        channel: d.channel,
        submittedAt: d.at,
        budgetRound: d.budgetRound ?? null,
      };
    }
    case 'IdeaRouted':
      // Assignment is per department: the new department picks its own handler.
      return {
        ...state,
        status: 'routed',
        department: event.data.department,
        assignee: null,
        routedAt: event.data.at,
        respondBy: event.data.respondBy ?? state.respondBy,
        responseWorkingDays: event.data.responseWorkingDays ?? state.responseWorkingDays,
      };
    case 'IdeaAssigned':
      return { ...state, status: 'assigned', assignee: event.data.assignee };
    case 'IdeaDiagnosed': {
      const { feasibility, costBand, recommendation, notes, at } = event.data;
      return { ...state, status: 'diagnosed', diagnosis: { feasibility, costBand, recommendation, notes, at } };
    }
    case 'CitizenInformationRequested': {
      const { questionId, question, at } = event.data;
      return { ...state, openQuestion: { questionId, question, askedAt: at } };
    }
    case 'CitizenInformationProvided':
      return { ...state, openQuestion: null };
    case 'IdeaAnswered':
      return {
        ...state,
        status: 'answered',
        decision: event.data.decision,
        publicAnswer: event.data.publicAnswer,
        answeredAt: event.data.at,
        openQuestion: null,
      };
    case 'IdeaImplementationProgressed': {
      const { note, percentComplete, at } = event.data;
      return {
        ...state,
        status: 'in_implementation',
        implementation: { ...state.implementation, progress: [...state.implementation.progress, { note, percentComplete, at }] },
      };
    }
    case 'IdeaImplemented':
      return { ...state, status: 'implemented', implementation: { ...state.implementation, completedAt: event.data.at } };
    case 'IdeaWithdrawn':
      return { ...state, status: 'withdrawn', withdrawnAt: event.data.at, openQuestion: null };
    case 'IdeaMarkedDuplicate':
      // A question to the citizen is moot once the idea is folded into another.
      return { ...state, status: 'duplicate', duplicateOf: event.data.duplicateOf, openQuestion: null };
    case 'SubmitterDataErased':
      // The idea and its history stay; only the sealed contact goes (its key is deleted anyway).
      return { ...state, contact: null, sealedText: null, contactErasedAt: event.data.at };
    case 'ResponseDeadlineMissed':
      return { ...state, missedDeadline: event.data.respondBy };
    case 'CitizenNotificationsStopped':
      return { ...state, notificationsStoppedAt: event.data.at };
    case 'PublicTextHidden':
      return { ...state, hiddenText: { reason: event.data.reason, at: event.data.at, by: event.data.by } };
    case 'PublicTextRestored':
      return { ...state, hiddenText: null };
    case 'IdeaReportsDismissed':
      // The review queue (a read model) is what changes; the idea itself stays as it was.
      return state;
    default:
      // Events this version does not know (added later) leave the state as it is, so old code can still fold new streams.
      return state;
  }
}

export function foldIdea(events: readonly IdeaEvent[]): Idea {
  return events.reduce(evolve, initialIdea());
}
