import type { SupportEvent } from './support.events';
import { initialSupport, type Support } from './support.state';

export function evolve(state: Support, event: SupportEvent): Support {
  switch (event.type) {
    case 'SupportRequested':
      return {
        ...state,
        supportId: event.data.supportId,
        ideaId: event.data.ideaId,
        publicCode: event.data.publicCode,
        status: 'pending',
        district: event.data.district,
        language: event.data.language,
        confirmedAt: null,
        requests: state.requests + 1,
        email: event.data.email,
        liveKeyIds: [...state.liveKeyIds, event.data.email.keyId],
      };
    case 'SupportConfirmed':
      return { ...state, status: 'confirmed', confirmedAt: event.data.at };
    case 'SupportWithdrawn':
      return { ...state, status: 'withdrawn' };
    case 'SupporterDataErased':
      return { ...state, email: null, liveKeyIds: state.liveKeyIds.filter((keyId) => !event.data.keyIds.includes(keyId)) };
  }
}

export function foldSupport(events: readonly SupportEvent[]): Support {
  return events.reduce(evolve, initialSupport());
}
