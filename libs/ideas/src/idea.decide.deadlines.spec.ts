import { InvalidCommandError, IdeaNotFoundError } from './idea.errors';
import {
  LATER,
  RESPONSE_DEADLINE,
  answered,
  assigned,
  deadlineMissed,
  given,
  markedDuplicate,
  notificationsStopped,
  recordMissedDeadline,
  routeIdea,
  routed,
  stopCitizenNotifications,
  submitted,
  submitterDataErased,
  withdrawn,
} from './testing';

describe('Deadlines carried by routing', () => {
  it('the first routing sets the deadline from the command', () =>
    given(submitted())
      .when(routeIdea({ department: 'parks' }))
      .then(routed({ department: 'parks', at: LATER, reason: 'Belongs with parks', respondBy: RESPONSE_DEADLINE.respondBy, responseWorkingDays: 10 })));

  it('a re-routing keeps the promise made to the citizen', () =>
    given(submitted(), routed({ department: 'roads', respondBy: '2025-03-10T23:00:00.000Z', responseWorkingDays: 5 }))
      .when(routeIdea({ department: 'parks' }))
      .then(
        routed({
          department: 'parks',
          previousDepartment: 'roads',
          at: LATER,
          reason: 'Belongs with parks',
          respondBy: '2025-03-10T23:00:00.000Z',
          responseWorkingDays: 5,
        }),
      ));

  it('a re-routing after a routing recorded without a deadline sets one', () =>
    given(submitted(), routed({ department: 'roads', respondBy: undefined, responseWorkingDays: undefined }))
      .when(routeIdea({ department: 'parks' }))
      .then(routed({ department: 'parks', previousDepartment: 'roads', at: LATER, reason: 'Belongs with parks' })));

  it.each([
    ['responseDeadline.respondBy', { respondBy: 'soon', workingDays: 10 }],
    ['responseDeadline.respondBy', { respondBy: '2025-03-01T00:00:00Z', workingDays: 10 }],
    ['responseDeadline.workingDays', { respondBy: RESPONSE_DEADLINE.respondBy, workingDays: 0 }],
    ['responseDeadline.workingDays', { respondBy: RESPONSE_DEADLINE.respondBy, workingDays: 2.5 }],
  ])('refuses a bad %s', (field, responseDeadline) => given(submitted()).when(routeIdea({ responseDeadline })).thenThrows(InvalidCommandError, { field }));
});

describe('RecordMissedDeadline', () => {
  it('records the miss of an unanswered idea', () => given(submitted(), routed()).when(recordMissedDeadline()).then(deadlineMissed()));
  it('names the assignee who had it', () =>
    given(submitted(), routed(), assigned({ assignee: 'handler-bo' }))
      .when(recordMissedDeadline())
      .then(deadlineMissed({ assignee: 'handler-bo' })));
  it('names the department it is in now', () =>
    given(submitted(), routed(), routed({ department: 'parks', previousDepartment: 'roads' }))
      .when(recordMissedDeadline())
      .then(deadlineMissed({ department: 'parks' })));

  it('records nothing twice', () => given(submitted(), routed(), deadlineMissed()).when(recordMissedDeadline()).then());
  it('records nothing once answered', () => given(submitted(), routed(), answered()).when(recordMissedDeadline()).then());
  it('records nothing for a withdrawn idea', () => given(submitted(), routed(), withdrawn()).when(recordMissedDeadline()).then());
  it('records nothing for a duplicate', () => given(submitted(), routed(), markedDuplicate()).when(recordMissedDeadline()).then());
  it('records nothing for a deadline no longer in force', () =>
    given(submitted(), routed())
      .when(recordMissedDeadline({ respondBy: '2025-03-14T23:00:00.000Z' }))
      .then());
  it('refuses before the deadline has passed', () =>
    given(submitted(), routed())
      .when(recordMissedDeadline({ at: '2025-03-15T22:59:59.000Z' }))
      .thenThrows(InvalidCommandError, { field: 'at' }));
  it('refuses on no idea', () => given().when(recordMissedDeadline()).thenThrows(IdeaNotFoundError));
});

describe('StopCitizenNotifications', () => {
  it('stops the e-mails', () => given(submitted()).when(stopCitizenNotifications()).then(notificationsStopped()));
  it('works on a closed idea too', () => given(submitted(), routed(), withdrawn()).when(stopCitizenNotifications()).then(notificationsStopped()));
  it('works after erasure', () => given(submitted(), submitterDataErased()).when(stopCitizenNotifications()).then(notificationsStopped()));
  it('is nothing new the second time', () => given(submitted(), notificationsStopped()).when(stopCitizenNotifications()).then());
  it('refuses on no idea', () => given().when(stopCitizenNotifications()).thenThrows(IdeaNotFoundError));
});
