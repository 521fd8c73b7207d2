import {
  IdeaClosedError,
  IdeaNotFoundError,
  IdeaWithdrawnError,
  ImplementationAlreadyCompletedError,
  InvalidCommandError,
  NotAcceptedError,
  NotAnsweredYetError,
} from './idea.errors';
import type { IdeaEvent } from './idea.events';
import {
  LATER,
  answered,
  completeImplementation,
  given,
  implemented,
  markedDuplicate,
  progressed,
  recordProgress,
  routed,
  submitted,
  withdrawn,
} from './testing';

const accepted: IdeaEvent[] = [submitted(), routed(), answered({ decision: 'accepted' })];

describe('RecordImplementationProgress', () => {
  it('records progress on an accepted idea', () =>
    given(...accepted)
      .when(recordProgress())
      .then(progressed({ at: LATER, note: 'Tender published.', percentComplete: 20 })));
  it('records more progress while implementing', () =>
    given(...accepted, progressed())
      .when(recordProgress({ percentComplete: null, note: 'Waiting for asphalt.' }))
      .then(progressed({ at: LATER, note: 'Waiting for asphalt.', percentComplete: null })));
  it.each([0, 100])('accepts %i percent', (percentComplete) =>
    given(...accepted)
      .when(recordProgress({ percentComplete }))
      .then(progressed({ at: LATER, note: 'Tender published.', percentComplete })),
  );

  it('refuses on no idea', () => given().when(recordProgress()).thenThrows(IdeaNotFoundError));
  it.each(['declined', 'already-planned', 'referred-to-council'] as const)('refuses an idea that was %s', (decision) =>
    given(submitted(), routed(), answered({ decision })).when(recordProgress()).thenThrows(NotAcceptedError, { code: 'not-accepted' }),
  );
  it('refuses an idea not answered yet', () => given(submitted(), routed()).when(recordProgress()).thenThrows(NotAnsweredYetError));
  it('refuses once implemented', () =>
    given(...accepted, implemented())
      .when(recordProgress())
      .thenThrows(ImplementationAlreadyCompletedError));
  it('refuses a withdrawn idea', () => given(submitted(), withdrawn()).when(recordProgress()).thenThrows(IdeaWithdrawnError));
  it('refuses a duplicate', () => given(submitted(), markedDuplicate()).when(recordProgress()).thenThrows(IdeaClosedError));
  it.each([-1, 101, 12.5, Number.NaN])('refuses %p percent', (percentComplete) =>
    given(...accepted)
      .when(recordProgress({ percentComplete }))
      .thenThrows(InvalidCommandError, { field: 'percentComplete' }),
  );
});

describe('CompleteImplementation', () => {
  it('completes an accepted idea directly', () =>
    given(...accepted)
      .when(completeImplementation())
      .then(implemented({ at: LATER, note: 'Opened to cyclists.' })));
  it('completes an idea in implementation', () =>
    given(...accepted, progressed())
      .when(completeImplementation())
      .then(implemented({ at: LATER, note: 'Opened to cyclists.' })));

  it('refuses a declined idea', () =>
    given(submitted(), routed(), answered({ decision: 'declined' }))
      .when(completeImplementation())
      .thenThrows(NotAcceptedError));
  it('refuses an idea not answered yet', () => given(submitted(), routed()).when(completeImplementation()).thenThrows(NotAnsweredYetError));
  it('refuses twice', () =>
    given(...accepted, implemented())
      .when(completeImplementation())
      .thenThrows(ImplementationAlreadyCompletedError));
  it('refuses a withdrawn idea', () => given(submitted(), withdrawn()).when(completeImplementation()).thenThrows(IdeaWithdrawnError));
});
