import type { InitiativeEvent } from './initiative.events';
import type { InitiativeState } from './initiative.state';

/** The initiative after one more of its events. Pure. */
export function evolveInitiative(state: InitiativeState, event: InitiativeEvent): InitiativeState {
  if (event.type === 'InitiativeStarted') {
    const { initiativeId, title, collectionMonths, language } = event.data;
    return {
      id: initiativeId,
      status: 'screening',
      title,
      language,
      collectionMonths,
      requiredSignatures: null,
      collectionEndsAt: null,
      decideBy: null,
      deadlineAt: null,
      councilDeadlineMissed: false,
      decision: null,
      initiatorErased: false,
    };
  }
  if (!state) return state;
  switch (event.type) {
    case 'InitiativeReturnedForChanges':
      return { ...state, status: 'returned' };
    case 'InitiativeRevised':
      return { ...state, status: 'screening', title: event.data.title, collectionMonths: event.data.collectionMonths };
    case 'InitiativeApproved':
      return { ...state, status: 'collecting', requiredSignatures: event.data.requiredSignatures, collectionEndsAt: event.data.collectionEndsAt };
    case 'InitiativeThresholdReached':
      return state;
    case 'InitiativeReferredToCouncil':
      return { ...state, status: 'referred', decideBy: event.data.decideBy, deadlineAt: event.data.deadlineAt };
    case 'CouncilDecisionDeadlineMissed':
      return { ...state, councilDeadlineMissed: true };
    case 'CouncilDecisionRecorded':
      return { ...state, status: 'decided', decision: event.data.decision };
    case 'InitiativeCollectionExpired':
      return { ...state, status: 'expired' };
    case 'InitiatorDataErased':
      return { ...state, initiatorErased: true };
  }
}

export function foldInitiative(events: readonly InitiativeEvent[]): InitiativeState {
  return events.reduce<InitiativeState>(evolveInitiative, null);
}
